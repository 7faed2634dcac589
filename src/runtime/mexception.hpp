// MException: the value a `catch err` clause binds. A minimal object holding the RuntimeError
// (identifier, message, stack); field access (err.message, err.identifier, err.stack) is
// answered by mexception_field. Structs and the full MException class come later.
#pragma once
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <string_view>

namespace runmat::runtime {

class MException final : public Object {
public:
    explicit MException(RuntimeError e) : error(std::move(e)) { }
    std::string_view class_name() const override { return CLASS_NAME; }
    HeapObject* clone() const override { return new MException(*this); }
    static constexpr std::string_view CLASS_NAME = "MException";

    RuntimeError error;
};

Value make_mexception(RuntimeError e);
// The MException inside `v`, or nullptr.
MException const* as_mexception(Value const& v);
// err.identifier, err.message, err.stack (a char matrix, one "name (file:line)" row per
// frame, innermost first), err.cause (not supported yet).
Result<Value> mexception_field(MException const& ex, std::string_view field);

// MException(id, fmt, args...), throw(ME), rethrow(ME), getReport(ME). (Registered by the
// session for now; they belong with the error builtins once MException is a full class.)
void register_mexception_builtins(BuiltinTable& table);

} // namespace runmat::runtime

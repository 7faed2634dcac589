// MException: the value a `catch err` clause binds and MException(...) builds. A value object
// wrapping a RuntimeError (identifier, message, stack, causes); its properties, its display and
// conversions to and from the legacy error struct. Knows nothing about the VM: the builtins
// that raise (throw, rethrow, error) are in builtins/error.cpp.
#pragma once
#include "runtime/struct.hpp"
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace runmat::runtime {

class MException final : public Object {
public:
    explicit MException(RuntimeError e) : error(std::move(e)) { }
    std::string_view class_name() const override { return CLASS_NAME; }
    HeapObject* clone() const override { return new MException(*this); }
    // "  MException with properties:" and the five properties, as MATLAB displays them.
    std::string display_body(bool compact) const override;
    // ME.identifier, ME.message, ME.stack, ME.cause, ME.Correction (mexception_field).
    std::optional<Result<Value>> get_property(Value const& self, std::string_view name) const override;
    // ME.getReport(), ME.addCause(C), ME.throw(), ME.rethrow(): the function forms as methods.
    bool has_method(std::string_view name) const override;
    std::optional<Result<std::vector<Value>>> call_method(Value const& self, std::string_view name, std::span<Value const> args, int nargout) override;
    static constexpr std::string_view CLASS_NAME = "MException";

    RuntimeError error; // stack innermost first; empty until thrown
};

Value make_mexception(RuntimeError e);
// The MException inside `v`, or nullptr.
MException const* as_mexception(Value const& v);

// ME.identifier, ME.message (char rows), ME.stack (Nx1 struct: file, name, line; innermost
// first), ME.cause (Nx1 cell of MException, {} when none), ME.Correction ([]).
Result<Value> mexception_field(MException const& ex, std::string_view field);

// getReport's text: "Error using NAME\nmessage", or the message alone when no function is
// named (script code, never thrown). MATLAB's stack lines are not included.
std::string mexception_report(RuntimeError const& e);

// The Nx1 struct array MATLAB's ME.stack holds (fields file, name, line).
Value stack_struct(std::vector<StackEntry> const& stack);

// Read into `out` the error a legacy error struct describes (error(s), rethrow(s)): fields
// message, identifier and optionally stack (a struct with file, name, line); other fields
// are ignored and a missing one is ''. (An out-parameter: Result<RuntimeError> is ambiguous.)
VoidResult error_from_struct(StructArray const& s, RuntimeError& out);

// MATLAB message identifiers: two or more components separated by ':', each starting with a
// letter, then letters, digits, '_' or '-' ("MATLAB:badsubscript", "myPkg:io:notFound").
bool is_message_id(std::string_view s);

} // namespace runmat::runtime

// onCleanup: an object holding a function handle (its task) that MATLAB calls when the last
// reference to the object is dropped. Plain data here: refcount drops inside C++ cannot call
// MATLAB code, so the VM (vm/eval.cpp) decides when a dropped object's task runs.
#pragma once
#include "runtime/value.hpp"

namespace runmat::runtime {

class OnCleanupObject final : public Object {
public:
    explicit OnCleanupObject(Value task) : task(std::move(task)) { }
    std::string_view class_name() const override { return CLASS_NAME; }
    // A handle class: copies of the variable share the object, so the task runs once, when
    // the last copy goes.
    bool is_handle() const override { return true; }
    HeapObject* clone() const override { return new OnCleanupObject(*this); }
    // "  onCleanup with properties:\n\n    task: @()disp('bye')\n", as MATLAB shows it.
    std::string display_body(bool compact) const override;
    // obj.task
    std::optional<Result<Value>> get_property(Value const& self, std::string_view name) const override;
    static constexpr std::string_view CLASS_NAME = "onCleanup";

    Value task; // the function handle to call; cleared once it has been taken to run
};

Value make_on_cleanup(Value task);
// The onCleanup object inside `v`, or nullptr.
OnCleanupObject* as_on_cleanup(Value const& v);

} // namespace runmat::runtime

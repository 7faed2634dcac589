// onCleanup objects: construction, display and the `task` property. When the task runs is
// the VM's business (vm/eval.cpp).
#include "runtime/on_cleanup.hpp"

namespace runmat::runtime {

Value make_on_cleanup(Value task) { return Value::object(make_ref<OnCleanupObject>(std::move(task))); }

OnCleanupObject* as_on_cleanup(Value const& v)
{
    Object* o = as_object(v);
    return o && o->class_name() == OnCleanupObject::CLASS_NAME ? static_cast<OnCleanupObject*>(o) : nullptr;
}

std::string OnCleanupObject::display_body(bool compact) const
{
    std::string text;
    if (auto* fh = task.as_function_handle())
        text = fh->text.empty() ? "@" + fh->name : fh->text;
    std::string out = "  onCleanup with properties:\n";
    if (!compact)
        out += "\n";
    out += "    task: " + text + "\n";
    return out;
}

std::optional<Result<Value>> OnCleanupObject::get_property(Value const&, std::string_view name) const
{
    if (name != "task")
        return std::nullopt;
    return Result<Value>(task.is_defined() ? task : Value::empty());
}

} // namespace runmat::runtime

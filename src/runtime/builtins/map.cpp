// containers.Map builtins: the constructor and the function forms of its methods (keys(m),
// values(m), isKey(m, k), remove(m, k)), plus isobject. m(k), m.Count and m.keys() reach the
// same MapObject through the Object hooks.
#include "runtime/builtin.hpp"
#include "runtime/map_object.hpp"

namespace runmat::runtime {
namespace {

// keys(5): MATLAB finds no keys function for a double.
Result<MapObject*> map_arg(CallContext const& cx, Value const& v)
{
    if (MapObject* m = as_map(v))
        return m;
    return cx.error("MATLAB:UndefinedFunction", "Undefined function '" + std::string(cx.name)
            + "' for input arguments of type '" + std::string(value_class_name(v)) + "'.");
}

VoidResult write_one(CallContext const& cx, Outs outs, Result<Value> r)
{
    if (r.is_error()) {
        RuntimeError e = r.release_error();
        e.raised_by = std::string(cx.name);
        return e;
    }
    outs[0] = r.release_value();
    return {};
}

VoidResult map_builtin(CallContext& cx, Args args, Outs outs)
{
    return write_one(cx, outs, make_map(args));
}

VoidResult keys_builtin(CallContext& cx, Args args, Outs outs)
{
    MapObject* m = TRY(map_arg(cx, args[0]));
    outs[0] = m->keys();
    return {};
}

VoidResult values_builtin(CallContext& cx, Args args, Outs outs)
{
    MapObject* m = TRY(map_arg(cx, args[0]));
    if (args.size() == 1) {
        outs[0] = m->values();
        return {};
    }
    return write_one(cx, outs, m->values(args[1]));
}

VoidResult is_key_builtin(CallContext& cx, Args args, Outs outs)
{
    MapObject* m = TRY(map_arg(cx, args[0]));
    return write_one(cx, outs, m->is_key(args[1]));
}

// remove(m, k) returns m: the same handle, already changed.
VoidResult remove_builtin(CallContext& cx, Args args, Outs outs)
{
    MapObject* m = TRY(map_arg(cx, args[0]));
    VoidResult r = m->remove(args[1]);
    if (r.is_error()) {
        RuntimeError e = r.release_error();
        e.raised_by = std::string(cx.name);
        return e;
    }
    outs[0] = args[0];
    return {};
}

// isobject(x): true for objects of named classes (containers.Map, MException, ...).
VoidResult isobject_builtin(CallContext&, Args args, Outs outs)
{
    outs[0] = Value::logical(as_object(args[0]) != nullptr);
    return {};
}

} // namespace

void register_map_builtins(BuiltinTable& t)
{
    t.add({ .name = "containers.Map", .fn = map_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    t.add({ .name = "keys", .fn = keys_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "values", .fn = values_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "isKey", .fn = is_key_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "remove", .fn = remove_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "isobject", .fn = isobject_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
}

} // namespace runmat::runtime

// Cell builtins: cell (preallocation), iscell, deal. (cellfun needs a Continuation: later.)
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/text_util.hpp"
#include <cmath>

namespace runmat::runtime {

namespace {

// cell(n) is n x n; cell(m, n, ...) and cell([m n ...]) as zeros(); negative sizes count as 0.
VoidResult cell_builtin(CallContext& cx, Args args, Outs outs)
{
    std::vector<size_t> dims;
    for (Value const& a : args) {
        NumericView nv(a);
        if (!nv.valid() || nv.is_complex() || (args.size() > 1 && nv.numel() != 1))
            return cx.error("MATLAB:cell:InvalidSize", "Size inputs must be integers.");
        for (size_t i = 0; i < nv.numel(); ++i) {
            double d = nv[i];
            if (d != std::floor(d) || std::isnan(d))
                return cx.error("MATLAB:cell:InvalidSize", "Size inputs must be integers.");
            dims.push_back(d > 0 ? static_cast<size_t>(d) : 0);
        }
    }
    if (dims.empty())
        dims = { 0, 0 };
    if (dims.size() == 1)
        dims.push_back(dims[0]);
    outs[0] = Value::object(text::new_cell(Dims(dims)));
    return {};
}

VoidResult iscell_builtin(CallContext&, Args args, Outs outs)
{
    outs[0] = Value::logical(args[0].class_id() == ClassId::Cell);
    return {};
}

// [a, b, ...] = deal(x) copies x to every output; deal(x1, x2, ...) one each.
VoidResult deal_builtin(CallContext& cx, Args args, Outs outs)
{
    size_t n = outs.size();
    if (args.size() != 1 && args.size() != n)
        return cx.error("MATLAB:deal:narginNargoutMismatch", "The number of outputs should match the number of inputs.");
    for (size_t i = 0; i < n; ++i)
        outs[i] = args.size() == 1 ? args[0] : args[i];
    return {};
}

} // namespace

void register_cell_builtins(BuiltinTable& t)
{
    t.add({ .name = "cell", .fn = cell_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    t.add({ .name = "iscell", .fn = iscell_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "deal", .fn = deal_builtin, .min_in = 1, .max_in = -1, .max_out = -1 });
}

} // namespace runmat::runtime

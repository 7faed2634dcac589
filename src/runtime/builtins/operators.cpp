// Function forms of the operators (plus(a, b), not(x), transpose(x), horzcat(...), ...):
// thin adapters over ops.hpp / concat.hpp, so the operator and the function always agree.
#include "runtime/builtin.hpp"
#include "runtime/concat.hpp"
#include "runtime/elementwise.hpp"
#include "runtime/ops.hpp"
#include <cmath>
#include <string>

namespace runmat::runtime {

namespace {

// Deliver a Result<Value> as the builtin's output; errors are attributed to the builtin.
VoidResult deliver(CallContext const& cx, Result<Value> r, Outs outs)
{
    if (!r) {
        RuntimeError e = r.release_error();
        if (e.raised_by.empty())
            e.raised_by = std::string(cx.name);
        return e;
    }
    outs[0] = std::move(r).value();
    return {};
}

template <BinOp Op>
VoidResult binary_builtin(CallContext& cx, Args args, Outs outs)
{
    return deliver(cx, binary_op(Op, args[0], args[1]), outs);
}

template <UnOp Op>
VoidResult unary_builtin(CallContext& cx, Args args, Outs outs)
{
    return deliver(cx, unary_op(Op, args[0]), outs);
}

// xor(a, b): logical, true where exactly one side is nonzero (NaN is an error).
Result<Value> xor_values(Value const& a, Value const& b)
{
    Value la = TRY(to_logical(a, LogicalConversion::Operator));
    Value lb = TRY(to_logical(b, LogicalConversion::Operator));
    Dims od = TRY(broadcast_dims(la.dims(), lb.dims()));
    DoubleOperand da(la), db(lb);
    auto out = make_ref<LogicalArray>(od);
    apply_real([](double x, double y) -> uint8_t { return (x != 0) != (y != 0); }, out->data(), da, db, od);
    return make_logical(std::move(out));
}

VoidResult xor_builtin(CallContext& cx, Args args, Outs outs)
{
    return deliver(cx, xor_values(args[0], args[1]), outs);
}

VoidResult horzcat_builtin(CallContext& cx, Args args, Outs outs)
{
    return deliver(cx, horzcat(args), outs);
}

VoidResult vertcat_builtin(CallContext& cx, Args args, Outs outs)
{
    return deliver(cx, vertcat(args), outs);
}

// cat(dim, A1, ..., An): dim a positive integer scalar.
VoidResult cat_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& d = args[0];
    bool ok = is_elementwise_class(d.class_id()) && d.class_id() != ClassId::Char && d.numel() == 1;
    double dim = 0;
    if (ok) {
        DoubleOperand op(d);
        dim = op.re()[0];
        ok = !op.is_complex() && dim >= 1 && dim == std::floor(dim) && std::isfinite(dim);
    }
    if (!ok)
        return cx.error("MATLAB:catenate:invalidDimension", "Dimension argument must be a real, positive, integer scalar.");
    return deliver(cx, cat(static_cast<size_t>(dim), args.subspan(1)), outs);
}

} // namespace

void register_ops_builtins(BuiltinTable& t)
{
    auto two = [&](std::string_view name, BuiltinFn fn) { t.add({ .name = name, .fn = fn, .min_in = 2, .max_in = 2, .max_out = 1 }); };
    auto one = [&](std::string_view name, BuiltinFn fn) { t.add({ .name = name, .fn = fn, .min_in = 1, .max_in = 1, .max_out = 1 }); };
    two("plus", binary_builtin<BinOp::Plus>);
    two("minus", binary_builtin<BinOp::Minus>);
    two("times", binary_builtin<BinOp::Times>);
    two("rdivide", binary_builtin<BinOp::RDivide>);
    two("ldivide", binary_builtin<BinOp::LDivide>);
    two("power", binary_builtin<BinOp::Power>);
    two("mtimes", binary_builtin<BinOp::MTimes>);
    two("mrdivide", binary_builtin<BinOp::MRDivide>);
    two("mldivide", binary_builtin<BinOp::MLDivide>);
    two("mpower", binary_builtin<BinOp::MPower>);
    two("eq", binary_builtin<BinOp::Eq>);
    two("ne", binary_builtin<BinOp::Ne>);
    two("lt", binary_builtin<BinOp::Lt>);
    two("le", binary_builtin<BinOp::Le>);
    two("gt", binary_builtin<BinOp::Gt>);
    two("ge", binary_builtin<BinOp::Ge>);
    two("and", binary_builtin<BinOp::And>);
    two("or", binary_builtin<BinOp::Or>);
    two("xor", xor_builtin);
    one("not", unary_builtin<UnOp::Not>);
    one("uminus", unary_builtin<UnOp::Minus>);
    one("uplus", unary_builtin<UnOp::Plus>);
    one("transpose", unary_builtin<UnOp::Transpose>);
    one("ctranspose", unary_builtin<UnOp::CTranspose>);
    t.add({ .name = "horzcat", .fn = horzcat_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    t.add({ .name = "vertcat", .fn = vertcat_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    t.add({ .name = "cat", .fn = cat_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
}

} // namespace runmat::runtime

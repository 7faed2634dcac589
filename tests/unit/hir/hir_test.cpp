// HIR lowering: MATLAB's variable-vs-function rule, slots, captures, nargin/nargout,
// varargin/varargout, global/persistent storage.
#include "hir/hir.hpp"
#include "parser/parser.hpp"
#include <gtest/gtest.h>

using namespace runmat;

namespace {

hir::Unit lower_text(std::string text, std::vector<std::string> ws = {})
{
    auto src = std::make_shared<SourceFile>(SourceFile { "t.m", std::move(text) });
    auto prog = parser::parse_program(src);
    EXPECT_FALSE(prog.is_error()) << (prog.is_error() ? prog.error().message : "");
    hir::LowerOptions o;
    o.workspace_vars = std::move(ws);
    auto u = hir::lower(prog.value(), o);
    EXPECT_FALSE(u.is_error()) << (u.is_error() ? u.error().message : "");
    return u.is_error() ? hir::Unit {} : std::move(u).value();
}

hir::Expr const& rhs(hir::Function const& f, size_t i) { return *f.body.at(i)->expr; }

} // namespace

TEST(Hir, AssignedAnywhereMeansVariable)
{
    // y is assigned later in the function, so `y` on line 2 is a variable (undefined at run
    // time), while `g` is a function call.
    auto u = lower_text("function r = f()\n  r = y + g;\n  y = 1;\nend\n");
    auto const& e = rhs(u.functions[0], 0);
    ASSERT_EQ(e.kind, hir::ExprKind::Binary);
    EXPECT_EQ(e.lhs->kind, hir::ExprKind::Var);
    EXPECT_EQ(e.lhs->var.name, "y");
    EXPECT_EQ(e.rhs->kind, hir::ExprKind::Call);
    EXPECT_EQ(e.rhs->text, "g");
}

TEST(Hir, IndexOfVariableVsCall)
{
    auto u = lower_text("x = [1 2];\na = x(1);\nb = h(1);\n");
    EXPECT_EQ(rhs(u.functions[0], 1).kind, hir::ExprKind::Index);
    EXPECT_EQ(rhs(u.functions[0], 2).kind, hir::ExprKind::Call);
}

TEST(Hir, WorkspaceVariablesAreVariablesInScripts)
{
    auto u = lower_text("b = a + 1;\n", { "a" });
    EXPECT_EQ(rhs(u.functions[0], 0).lhs->kind, hir::ExprKind::Var);
    auto v = lower_text("b = a + 1;\n");
    EXPECT_EQ(rhs(v.functions[0], 0).lhs->kind, hir::ExprKind::Call);
}

TEST(Hir, ParametersComeFirstThenVarargin)
{
    auto u = lower_text("function [a, varargout] = f(x, y, varargin)\n  a = nargin + nargout;\nend\n");
    auto const& f = u.functions[0];
    ASSERT_EQ(f.params.size(), 2u);
    EXPECT_EQ(f.params[0], 0u);
    EXPECT_EQ(f.params[1], 1u);
    EXPECT_EQ(f.varargin_slot, 2);
    EXPECT_GE(f.varargout_slot, 0);
    EXPECT_GE(f.nargin_slot, 0);
    EXPECT_GE(f.nargout_slot, 0);
    ASSERT_EQ(f.outputs.size(), 1u);
}

TEST(Hir, AnonymousCapturesAreFreeVariablesOfTheEnclosingScope)
{
    auto u = lower_text("k = 2;\nf = @(x) x * k + sin(x) + unknown;\n");
    ASSERT_EQ(u.functions.size(), 2u);
    auto const& anon = u.functions[1];
    EXPECT_EQ(anon.kind, hir::FunctionKind::Anonymous);
    EXPECT_EQ(anon.num_captures, 1u); // k only: sin and unknown are calls
    auto const& mk = rhs(u.functions[0], 1);
    ASSERT_EQ(mk.kind, hir::ExprKind::AnonFn);
    ASSERT_EQ(mk.captures.size(), 1u);
    EXPECT_EQ(u.functions[0].slot_names[mk.captures[0].outer], "k");
}

TEST(Hir, NestedAnonymousCapturesTransitively)
{
    auto u = lower_text("a = 1;\nf = @(x) @(y) x + y + a;\n");
    ASSERT_EQ(u.functions.size(), 3u);
    EXPECT_EQ(u.functions[1].num_captures, 1u); // outer anon captures a
    EXPECT_EQ(u.functions[2].num_captures, 2u); // inner captures x and a
}

TEST(Hir, GlobalsAndPersistentsAreNotSlots)
{
    auto u = lower_text("function f()\n  global G\n  persistent p\n  G = 1;\n  p = 2;\nend\n");
    auto const& f = u.functions[0];
    ASSERT_EQ(f.globals.size(), 1u);
    ASSERT_EQ(f.persistents.size(), 1u);
    auto const& asg = *f.body.at(2);
    EXPECT_EQ(asg.targets[0].var.storage, hir::Storage::Global);
    EXPECT_EQ(f.body.at(3)->targets[0].var.storage, hir::Storage::Persistent);
}

TEST(Hir, LocalFunctionsAndHandles)
{
    auto u = lower_text("h = @helper;\ng = @sin;\nfunction helper()\nend\n");
    EXPECT_EQ(u.local_functions.at("helper"), 1);
    EXPECT_EQ(rhs(u.functions[0], 0).fn_index, 1);
    EXPECT_EQ(rhs(u.functions[0], 1).fn_index, -1);
}

TEST(Hir, CommandSyntaxIsACallWithCharArguments)
{
    auto u = lower_text("format long\n");
    auto const& e = rhs(u.functions[0], 0);
    ASSERT_EQ(e.kind, hir::ExprKind::Call);
    EXPECT_EQ(e.text, "format");
    ASSERT_EQ(e.args.size(), 1u);
    EXPECT_EQ(e.args[0]->kind, hir::ExprKind::CharLit);
    EXPECT_EQ(e.args[0]->text, "long");
}

// Compiler: bytecode shape of the common statement forms (through the disassembler).
#include "test_util.hpp"
#include <cstdlib>
#include <iostream>

using namespace runmat;

namespace {

std::string dis(std::string const& text)
{
    auto m = test::compile_text(text);
    return m ? bytecode::disassemble(*m) : std::string();
}

bool has(std::string const& hay, std::string const& needle) { return hay.find(needle) != std::string::npos; }

} // namespace

TEST(Compiler, DumpFromEnvironment)
{
    // RUNMAT_DUMP=file.m prints a listing (a debugging aid).
    if (char const* f = std::getenv("RUNMAT_DUMP")) {
        FILE* fp = std::fopen(f, "rb");
        ASSERT_TRUE(fp);
        std::string text;
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, fp)) > 0)
            text.append(buf, n);
        std::fclose(fp);
        std::cout << dis(text);
    }
}

TEST(Compiler, ForOverRangeDoesNotMaterialiseIt)
{
    std::string d = dis("s = 0;\nfor i = 1:10\n  s = s + i;\nend\n");
    EXPECT_TRUE(has(d, "ForRangePrep"));
    EXPECT_TRUE(has(d, "ForNext var=r"));
    EXPECT_FALSE(has(d, "Range dst"));
    std::string a = dis("for c = [1 2; 3 4]\n  disp(c)\nend\n");
    EXPECT_TRUE(has(a, "ForArrayPrep"));
}

TEST(Compiler, ComparisonConditionsFuseWithTheBranch)
{
    std::string d = dis("x = 3;\nif x < 5\n  y = 1;\nend\nwhile x >= 0\n  x = x - 1;\nend\n");
    EXPECT_TRUE(has(d, "JumpIfNotLt"));
    EXPECT_TRUE(has(d, "JumpIfNotGe"));
    EXPECT_TRUE(has(d, "LoopCheck")); // the while back-edge checks for interrupts
}

TEST(Compiler, CallsResolveLocalFunctionsStatically)
{
    std::string d = dis("y = f(1) + mod(5, 3) + g(1, 2, 3);\nfunction r = f(x)\n  r = x;\nend\n");
    EXPECT_TRUE(has(d, "CallLocal dst="));
    EXPECT_TRUE(has(d, "Call2 dst=")); // two operands read in place
    EXPECT_TRUE(has(d, "name=mod"));
    EXPECT_TRUE(has(d, "Call dst=")); // by name with a contiguous argument range
    EXPECT_TRUE(has(d, "name=g"));
}

TEST(Compiler, OperandConstantsLiveInRegisters)
{
    auto m = test::compile_text("function r = f(n)\n  r = n - 1 + n * 2;\nend\n");
    ASSERT_TRUE(m);
    auto const& c = m->functions[0];
    ASSERT_EQ(c.const_nums.size(), 2u);
    EXPECT_EQ(c.const_nums[0], 1);
    EXPECT_EQ(c.const_nums[1], 2);
    EXPECT_FALSE(has(bytecode::disassemble(c), "LoadConst"));
}

TEST(Compiler, AssignmentForms)
{
    std::string d = dis("x = [1 2 3];\nx(2) = 5;\nx(end+1) = 4;\nx(1) = [];\n[a, ~, c] = size(ones(2, 3, 4));\n");
    EXPECT_TRUE(has(d, "SetIndex"));
    EXPECT_TRUE(has(d, "EndValue"));
    EXPECT_TRUE(has(d, "DeleteIndex"));
    EXPECT_TRUE(has(d, "nout=3"));
}

TEST(Compiler, TryCatchHasAHandlerEntry)
{
    auto m = test::compile_text("try\n  x = 1;\ncatch err\n  y = 2;\nend\n");
    ASSERT_TRUE(m);
    auto const& c = m->functions[0];
    ASSERT_EQ(c.handlers.size(), 1u);
    EXPECT_LT(c.handlers[0].begin, c.handlers[0].end);
    EXPECT_GE(c.handlers[0].catch_reg, 0);
    EXPECT_EQ(c.slot_names[c.handlers[0].catch_reg], "err");
}

TEST(Compiler, NestedTryInnermostHandlerFirst)
{
    auto m = test::compile_text("try\n  try\n    a = 1;\n  catch\n    b = 2;\n  end\ncatch\n  c = 3;\nend\n");
    ASSERT_TRUE(m);
    auto const& h = m->functions[0].handlers;
    ASSERT_EQ(h.size(), 2u);
    EXPECT_GE(h[0].begin, h[1].begin);
    EXPECT_LE(h[0].end, h[1].end);
}

TEST(Compiler, LineTableMapsInstructionsToSource)
{
    auto m = test::compile_text("a = 1;\nb = 2;\n\nc = a + b;\n");
    ASSERT_TRUE(m);
    auto const& c = m->functions[0];
    bool saw_line4 = false;
    for (auto const& e : c.lines)
        saw_line4 |= e.line == 4;
    EXPECT_TRUE(saw_line4);
    EXPECT_EQ(c.position(0).line, 1u);
}

TEST(Compiler, AnonymousFunctionsCaptureFreeVariables)
{
    auto m = test::compile_text("a = 1; b = 2;\nf = @(x) x + a * b + sin(x);\n");
    ASSERT_TRUE(m);
    ASSERT_EQ(m->functions.size(), 2u);
    auto const& anon = m->functions[1];
    EXPECT_EQ(anon.kind, bytecode::ChunkKind::Anonymous);
    EXPECT_EQ(anon.name, "@(x)x+a*b+sin(x)");
    EXPECT_EQ(anon.num_params, 1u);
    EXPECT_EQ(anon.num_captures, 2u);
    EXPECT_TRUE(has(bytecode::disassemble(m->functions[0]), "MakeClosure"));
}

TEST(Compiler, AnonDisplayText)
{
    EXPECT_EQ(compiler::anon_display_text("@(x) x' + 'a b'"), "@(x)x'+'a b'");
    EXPECT_EQ(compiler::anon_display_text("@() disp( \"hi there\" )"), "@()disp(\"hi there\")");
}

TEST(Compiler, StaticErrors)
{
    EXPECT_NE(test::compile_error("break\n").message.find("BREAK"), std::string::npos);
    auto d = test::compile_error("x = 1;\ny = x + end;\n");
    EXPECT_FALSE(d.message.empty());
}

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

// Utility builtins: getenv str2double tic toc isvarname exist addpath pwd cd format.
#include "value_test_support.hpp"
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <regex>

using namespace runmat;
using namespace runmat::runtime;
using namespace runmat::runtime::test;
namespace fs = std::filesystem;

namespace {

// An environment with one workspace variable ("x") and a recorded search path.
class MiscEnvironment final : public Environment {
public:
    void write_out(std::string_view t) override { out += t; }
    void write_err(std::string_view t) override { err += t; }
    int exist_kind(std::string_view name) override { return name == "x" ? 1 : 0; }
    void add_path(std::string const& dir, bool at_end) override
    {
        if (at_end)
            dirs.push_back(dir);
        else
            dirs.insert(dirs.begin(), dir);
    }
    std::vector<std::string> path() const override { return dirs; }
    std::string out, err;
    std::vector<std::string> dirs;
};

class Misc : public ::testing::Test {
protected:
    Result<std::vector<Value>> run(std::string_view name, std::vector<Value> const& args, int nargout = 1)
    {
        BuiltinSpec const* spec = builtins().find(name);
        if (!spec)
            return make_error("Test:noBuiltin", std::string(name));
        CallContext cx { state, env, name, nargout, nullptr };
        std::vector<Value> outs(static_cast<size_t>(nargout > 1 ? nargout : 1));
        VoidResult r = spec->fn(cx, args, outs);
        if (r.is_error())
            return r.release_error();
        return outs;
    }
    Value run1(std::string_view name, std::vector<Value> const& args, int nargout = 1)
    {
        auto r = run(name, args, nargout);
        EXPECT_FALSE(r.is_error()) << name << ": " << (r.is_error() ? r.error().message : "");
        return r.is_error() ? Value() : r.value()[0];
    }

    RuntimeState state;
    MiscEnvironment env;
};

double dbl(Value const& v) { return re(v).at(0); }

} // namespace

TEST_F(Misc, Getenv)
{
    ::setenv("RUNMAT_TEST_VAR", "hello", 1);
    EXPECT_EQ(text(run1("getenv", { str("RUNMAT_TEST_VAR") })), "hello");
    ::unsetenv("RUNMAT_TEST_UNSET");
    Value e = run1("getenv", { str("RUNMAT_TEST_UNSET") });
    EXPECT_EQ(e.class_id(), ClassId::Char);
    EXPECT_EQ(e.dims(), Dims(0, 0));
    expect_error(run("getenv", { num(1) }), "MATLAB:getenv:InputMustBeString");
}

TEST_F(Misc, Str2double)
{
    EXPECT_EQ(dbl(run1("str2double", { str("1e3") })), 1000.0);
    EXPECT_EQ(dbl(run1("str2double", { str(" 2.5 ") })), 2.5);
    EXPECT_EQ(dbl(run1("str2double", { str("-inf") })), -std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isnan(dbl(run1("str2double", { str("NaN") }))));
    EXPECT_EQ(dbl(run1("str2double", { str("1,200") })), 1200.0);
    EXPECT_EQ(dbl(run1("str2double", { str(".5") })), 0.5);
    EXPECT_EQ(dbl(run1("str2double", { str("5.") })), 5.0);
    EXPECT_EQ(dbl(run1("str2double", { str("+.5e-1") })), 0.05);
    Value z = run1("str2double", { str("1+2i") });
    EXPECT_EQ(re(z), (std::vector<double> { 1 }));
    EXPECT_EQ(im(z), (std::vector<double> { 2 }));
    Value z2 = run1("str2double", { str("3 - 4j") });
    EXPECT_EQ(im(z2), (std::vector<double> { -4 }));
    Value unit = run1("str2double", { str("i") });
    EXPECT_EQ(im(unit), (std::vector<double> { 1 }));
    Value imag = run1("str2double", { str("1e3i") });
    EXPECT_EQ(re(imag), (std::vector<double> { 0 }));
    EXPECT_EQ(im(imag), (std::vector<double> { 1000 }));
    for (char const* bad : { "abc", "", "1e", "--1", "1 2", "1+2", "2i+3i", "1d2" })
        EXPECT_TRUE(std::isnan(dbl(run1("str2double", { str(bad) })))) << bad;
    EXPECT_TRUE(std::isnan(dbl(run1("str2double", { num(5) }))));
}

TEST_F(Misc, TicToc)
{
    expect_error(run("toc", {}, 1), "MATLAB:toc:callTicFirst");
    run1("tic", {}, 0);
    double t = dbl(run1("toc", {}, 1));
    EXPECT_GE(t, 0.0);
    EXPECT_LT(t, 60.0);
    auto r = run("toc", {}, 0);
    ASSERT_FALSE(r.is_error());
    EXPECT_TRUE(std::regex_match(env.out, std::regex("Elapsed time is [0-9]+\\.[0-9]{6} seconds\\.\n"))) << env.out;
    double before = state.tic_time;
    Value id = run1("tic", {}, 1);
    EXPECT_EQ(state.tic_time, before); // t = tic leaves the session stopwatch alone
    double e = dbl(run1("toc", { id }, 1));
    EXPECT_GE(e, 0.0);
    EXPECT_LT(e, 60.0);
}

TEST_F(Misc, Isvarname)
{
    EXPECT_TRUE(run1("isvarname", { str("abc") }).boolean());
    EXPECT_TRUE(run1("isvarname", { str("a_b1") }).boolean());
    EXPECT_FALSE(run1("isvarname", { str("1a") }).boolean());
    EXPECT_FALSE(run1("isvarname", { str("_a") }).boolean());
    EXPECT_FALSE(run1("isvarname", { str("end") }).boolean());
    EXPECT_FALSE(run1("isvarname", { str("a-b") }).boolean());
    EXPECT_FALSE(run1("isvarname", { str("") }).boolean());
    EXPECT_FALSE(run1("isvarname", { num(5) }).boolean());
    EXPECT_TRUE(run1("isvarname", { str(std::string(63, 'a')) }).boolean());
    EXPECT_FALSE(run1("isvarname", { str(std::string(64, 'a')) }).boolean());
}

TEST_F(Misc, Exist)
{
    fs::path dir = fs::temp_directory_path() / "runmat_misc_test_exist";
    fs::create_directories(dir);
    fs::path file = dir / "f.txt";
    std::ofstream(file) << "x";
    EXPECT_EQ(dbl(run1("exist", { str("x") })), 1.0);
    EXPECT_EQ(dbl(run1("exist", { str("sum") })), 5.0);
    EXPECT_EQ(dbl(run1("exist", { str(dir.string()) })), 7.0);
    EXPECT_EQ(dbl(run1("exist", { str(file.string()) })), 2.0);
    EXPECT_EQ(dbl(run1("exist", { str("no_such_thing_here") })), 0.0);
    EXPECT_EQ(dbl(run1("exist", { str("x"), str("var") })), 1.0);
    EXPECT_EQ(dbl(run1("exist", { str("sum"), str("var") })), 0.0);
    EXPECT_EQ(dbl(run1("exist", { str("sum"), str("builtin") })), 5.0);
    EXPECT_EQ(dbl(run1("exist", { str(file.string()), str("file") })), 2.0);
    EXPECT_EQ(dbl(run1("exist", { str(dir.string()), str("dir") })), 7.0);
    EXPECT_EQ(dbl(run1("exist", { str(file.string()), str("dir") })), 0.0);
    expect_error(run("exist", { str("x"), str("bogus") }), "MATLAB:exist:invalidType");
    fs::remove_all(dir);
}

TEST_F(Misc, Addpath)
{
    fs::path a = fs::temp_directory_path() / "runmat_misc_a";
    fs::path b = fs::temp_directory_path() / "runmat_misc_b";
    fs::path c = fs::temp_directory_path() / "runmat_misc_c";
    for (auto& d : { a, b, c })
        fs::create_directories(d);
    run1("addpath", { str(c.string()) }, 0);
    run1("addpath", { str(a.string() + ":" + b.string()) }, 0);
    ASSERT_EQ(env.dirs.size(), 3u);
    EXPECT_EQ(env.dirs[0], a.string());
    EXPECT_EQ(env.dirs[1], b.string());
    EXPECT_EQ(env.dirs[2], c.string());
    Value old = run1("addpath", { str(c.string() + "/"), str("-end") }, 1);
    EXPECT_EQ(text(old), a.string() + ":" + b.string() + ":" + c.string());
    EXPECT_EQ(env.dirs.back(), c.string());
    run1("addpath", { str("/no/such/dir/runmat") }, 0);
    EXPECT_NE(env.err.find("Warning: Name is nonexistent or not a directory: /no/such/dir/runmat"), std::string::npos);
    EXPECT_EQ(state.last_warning_id, "MATLAB:mpath:nameNonexistentOrNotADirectory");
    for (auto& d : { a, b, c })
        fs::remove_all(d);
}

TEST_F(Misc, PwdCdFormatClc)
{
    std::string here = fs::current_path().string();
    EXPECT_EQ(text(run1("pwd", {})), here);
    std::string tmp = fs::canonical(fs::temp_directory_path()).string();
    Value old = run1("cd", { str(tmp) }, 1);
    EXPECT_EQ(text(old), here);
    EXPECT_EQ(fs::current_path().string(), tmp);
    run1("cd", { str(here) }, 0);
    EXPECT_EQ(fs::current_path().string(), here);
    expect_error(run("cd", { str("/no/such/dir/runmat") }), "MATLAB:cd:NonExistentFolder");

    run1("format", { str("long") }, 0);
    EXPECT_EQ(state.format.numeric, FormatOptions::Numeric::Long);
    run1("format", { str("compact") }, 0);
    EXPECT_TRUE(state.format.compact);
    run1("format", { str("short"), str("g") }, 0);
    EXPECT_EQ(state.format.numeric, FormatOptions::Numeric::ShortG);
    run1("format", {}, 0);
    EXPECT_EQ(state.format.numeric, FormatOptions::Numeric::Short);
    EXPECT_FALSE(state.format.compact);
    expect_error(run("format", { str("weird") }), "MATLAB:format:UnknownFormatType");
    EXPECT_FALSE(run("clc", {}, 0).is_error());
}

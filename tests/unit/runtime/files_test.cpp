// The open-file table and the file builtins (fopen/fclose/fgetl/fread/fwrite/fseek...), the
// path builtins, and the conversion builtins sscanf and typecast.
#include "runtime/file_table.hpp"
#include "value_test_support.hpp"
#include <cstdio>
#include <filesystem>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

// Each test gets its own session state (so its own FileTable) and a scratch file.
class Files : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = (std::filesystem::temp_directory_path() / ("runmat_files_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name())).string();
    }
    void TearDown() override { std::filesystem::remove(path); }

    runmat::Result<std::vector<Value>> run(std::string_view name, std::vector<Value> const& args, int nargout = 1)
    {
        BuiltinSpec const* spec = builtins().find(name);
        if (!spec)
            return runmat::make_error("Test:noBuiltin", std::string(name));
        CallContext cx { state, env, name, nargout, nullptr };
        std::vector<Value> outs(static_cast<size_t>(nargout > 1 ? nargout : 1));
        runmat::VoidResult r = spec->fn(cx, args, outs);
        if (r.is_error())
            return r.release_error();
        return outs;
    }
    Value run1(std::string_view name, std::vector<Value> const& args)
    {
        auto r = run(name, args);
        EXPECT_FALSE(r.is_error()) << name << ": " << (r.is_error() ? r.error().message : "");
        return r.is_error() ? Value() : r.value()[0];
    }
    double open(char const* mode) { return run1("fopen", { str(path), str(mode) }).num(); }

    RuntimeState state;
    NullEnvironment env;
    std::string path;
};

} // namespace

TEST_F(Files, TableReusesLowestIdentifier)
{
    FileTable t;
    auto a = t.open(path, "wb", {});
    auto b = t.open(path, "rb", {});
    ASSERT_FALSE(a.is_error());
    ASSERT_FALSE(b.is_error());
    EXPECT_EQ(a.value(), 3);
    EXPECT_EQ(b.value(), 4);
    EXPECT_TRUE(t.close(3));
    EXPECT_FALSE(t.close(3));
    EXPECT_EQ(t.open(path, "rb", {}).value(), 3);
    EXPECT_EQ(t.fids(), (std::vector<int> { 3, 4 }));
    EXPECT_EQ(t.find(1), nullptr); // the standard streams are not in the table
    EXPECT_EQ(t.find(3.5), nullptr);
    t.close_all();
    EXPECT_TRUE(t.fids().empty());
}

TEST_F(Files, TableOpenFailureCarriesOsMessage)
{
    FileTable t;
    auto r = t.open("/nonexistent_dir_runmat/x", "rb", {});
    ASSERT_TRUE(r.is_error());
    EXPECT_EQ(r.error().message, "No such file or directory");
}

TEST_F(Files, FopenMissingGivesMinusOneAndMessage)
{
    auto r = run("fopen", { str("/nonexistent_dir_runmat/x") }, 2);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value()[0].num(), -1);
    EXPECT_EQ(text(r.value()[1]), "No such file or directory");
    expect_error(run("fopen", { str(path), str("rw") }), "MATLAB:fopen:InvalidPermission", "Invalid permission.");
}

TEST_F(Files, FprintfToFileAndReadLines)
{
    double fid = open("w");
    EXPECT_EQ(fid, 3);
    auto n = run("fprintf", { num(fid), str("%d-%s\\n"), num(7), str("x") });
    ASSERT_FALSE(n.is_error());
    EXPECT_EQ(n.value()[0].num(), 4);
    EXPECT_EQ(run1("fclose", { num(fid) }).num(), 0);
    EXPECT_EQ(env.out, ""); // nothing went to the console
    fid = open("r");
    EXPECT_EQ(text(run1("fgets", { num(fid) })), "7-x\n");
    EXPECT_EQ(run1("feof", { num(fid) }).num(), 1); // the last line ends the file
    EXPECT_EQ(run1("fgetl", { num(fid) }).num(), -1);
}

TEST_F(Files, InvalidIdentifierMessageHasTwoBlanks)
{
    char const* msg = "Invalid file identifier.  Use fopen to generate a valid file identifier.";
    expect_error(run("fclose", { num(3) }), "MATLAB:FileIO:InvalidFid", msg);
    expect_error(run("fgetl", { num(5) }), "MATLAB:FileIO:InvalidFid", msg);
    expect_error(run("fprintf", { num(9), str("x") }), "MATLAB:FileIO:InvalidFid", msg);
    expect_error(run("fread", { str("x") }), "MATLAB:FileIO:InvalidFid", msg);
}

TEST_F(Files, FwriteFreadRoundTripWithPrecisions)
{
    double fid = open("w+");
    EXPECT_EQ(run1("fwrite", { num(fid), row({ 1, -2, 70000 }), str("int16") }).num(), 3);
    run1("frewind", { num(fid) });
    auto r = run("fread", { num(fid), num(INFINITY), str("int16") }, 2);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(re(r.value()[0]), (std::vector<double> { 1, -2, 32767 })); // saturated
    EXPECT_EQ(r.value()[1].num(), 3);
    EXPECT_EQ(run1("ftell", { num(fid) }).num(), 6);
    EXPECT_EQ(run1("fseek", { num(fid), num(-2), str("eof") }).num(), 0);
    Value last = run1("fread", { num(fid), num(1), str("*int16") });
    ASSERT_NE(last.as_int_array<int16_t>(), nullptr);
    EXPECT_EQ(last.as_int_array<int16_t>()->data()[0], 32767);
    EXPECT_EQ(run1("fseek", { num(fid), num(-1), str("bof") }).num(), -1);
}

TEST_F(Files, FreadSizedMatrixPadsLastColumn)
{
    double fid = open("w+");
    run1("fwrite", { num(fid), row({ 1, 2, 3, 4, 5 }) });
    run1("frewind", { num(fid) });
    Value m = run1("fread", { num(fid), row({ 2, INFINITY }) });
    EXPECT_EQ(m.dims(), Dims(2, 3));
    EXPECT_EQ(re(m), (std::vector<double> { 1, 2, 3, 4, 5, 0 }));
}

TEST_F(Files, FreadCharPrecision)
{
    double fid = open("w+");
    run1("fprintf", { num(fid), str("abc") });
    run1("frewind", { num(fid) });
    Value c = run1("fread", { num(fid), row({ 1, INFINITY }), str("uint8=>char") });
    EXPECT_EQ(text(c), "abc");
}

TEST_F(Files, FileTableClosedWithState)
{
    {
        RuntimeState s;
        EXPECT_FALSE(file_table(s).open(path, "wb", {}).is_error());
        EXPECT_EQ(file_table(s).fids().size(), 1u);
    } // the session's state ends: its files are closed (no leak under ASan)
    EXPECT_TRUE(std::filesystem::exists(path));
}

TEST_F(Files, FilereadAndMissingFile)
{
    double fid = open("w");
    run1("fprintf", { num(fid), str("a\\nb") });
    run1("fclose", { num(fid) });
    EXPECT_EQ(text(run1("fileread", { str(path) })), "a\nb");
    expect_error(run("fileread", { str("/nonexistent_dir_runmat/f.txt") }), "MATLAB:fileread:cannotOpenFile",
        "Could not open file /nonexistent_dir_runmat/f.txt. No such file or directory.");
}

TEST_F(Files, PathBuiltins)
{
    EXPECT_EQ(text(run1("fullfile", { str("a/"), str("/b"), str(""), str("c.txt") })), "a/b/c.txt");
    auto r = run("fileparts", { str("/x/y/name.tar.gz") }, 3);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(text(r.value()[0]), "/x/y");
    EXPECT_EQ(text(r.value()[1]), "name.tar");
    EXPECT_EQ(text(r.value()[2]), ".gz");
    std::string t = text(run1("tempname", {}));
    EXPECT_NE(t, text(run1("tempname", {})));
    EXPECT_EQ(t.rfind(text(run1("tempdir", {})), 0), 0u);
    EXPECT_FALSE(run1("isfile", { str(path) }).boolean());
}

TEST_F(Files, DeleteMissingWarns)
{
    auto r = run("delete", { str("/nonexistent_dir_runmat/f.txt") }, 0);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(env.err, "Warning: File '/nonexistent_dir_runmat/f.txt' not found.\n");
}

// ---- sscanf / typecast --------------------------------------------------------------------

TEST(Convert, SscanfReusesFormat)
{
    EXPECT_EQ(re(call1("sscanf", { str("1 2 3"), str("%d") })), (std::vector<double> { 1, 2, 3 }));
    EXPECT_EQ(call1("sscanf", { str("1 2 3"), str("%d") }).dims(), Dims(3, 1));
    EXPECT_EQ(re(call1("sscanf", { str("a=1;a=2;"), str("a=%g;") })), (std::vector<double> { 1, 2 }));
    EXPECT_EQ(text(call1("sscanf", { str("ab cd"), str("%s") })), "abcd");
    EXPECT_EQ(re(call1("sscanf", { str("7 x"), str("%d %s") })), (std::vector<double> { 7, 'x' }));
    auto r = call("sscanf", { str("1 2 x"), str("%d") }, 4);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value()[1].num(), 2);
    EXPECT_EQ(text(r.value()[2]), "Matching failure in format.");
    EXPECT_EQ(r.value()[3].num(), 5);
}

TEST(Convert, SscanfSizes)
{
    Value m = call1("sscanf", { str("1 2 3"), str("%d"), row({ 2, INFINITY }) });
    EXPECT_EQ(m.dims(), Dims(2, 2));
    EXPECT_EQ(re(m), (std::vector<double> { 1, 2, 3, 0 }));
    EXPECT_EQ(re(call1("sscanf", { str("1 2 3"), str("%d"), num(2) })), (std::vector<double> { 1, 2 }));
}

TEST(Convert, Typecast)
{
    Value u = call1("typecast", { num(1), str("uint32") });
    ASSERT_NE(u.as_int_array<uint32_t>(), nullptr);
    EXPECT_EQ(u.dims(), Dims(1, 2));
    EXPECT_EQ(u.as_int_array<uint32_t>()->data()[1], 0x3FF00000u);
    Value back = call1("typecast", { u, str("double") });
    EXPECT_TRUE(back.is_num());
    EXPECT_EQ(back.num(), 1);
    expect_error(call("typecast", { num(1), str("int8x") }), "MATLAB:typecast:invalidOutputType");
    Value three = call1("uint8", { row({ 1, 2, 3 }) });
    expect_error(call("typecast", { three, str("uint16") }), "MATLAB:typecast:notEnoughInputElements",
        "Too few input values to make output type.");
}

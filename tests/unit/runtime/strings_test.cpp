// Text builtins over char arrays and cellstr: exact values, shapes ('' 0x0 vs 1x0), errors.
#include "runtime/builtins/regex.hpp"
#include "runtime/text_util.hpp"
#include "runtime/struct.hpp"
#include "value_test_support.hpp"

using namespace runmat;
using namespace runmat::runtime;
using namespace runmat::runtime::test;
using namespace std::literals;
namespace tx = runmat::runtime::text;

namespace {

std::string txt(Value const& v) { return runmat::runtime::test::text(v); }

Value cellrow(std::vector<std::string> const& v)
{
    std::vector<Value> items;
    for (auto const& s : v)
        items.push_back(str(s));
    return tx::cell_row(std::move(items));
}

Value cellcol(std::vector<std::string> const& v)
{
    std::vector<Value> items;
    for (auto const& s : v)
        items.push_back(str(s));
    return tx::cell_column(std::move(items));
}

Value cell_of(Dims d, std::vector<Value> v) { return tx::cell_from(d, std::move(v)); }

// Contents of a cellstr as UTF-8 strings (column-major).
std::vector<std::string> texts(Value const& v)
{
    std::vector<std::string> out;
    auto* c = tx::as_cell(v);
    if (!c)
        return { "<not a cell>" };
    for (size_t i = 0; i < c->numel(); ++i)
        out.push_back(txt(c->data()[i]));
    return out;
}

Value cell_at(Value const& v, size_t i) { return tx::as_cell(v)->data()[i]; }

std::string shape(Value const& v) { return v.dims().to_string(); }

Value char_matrix(std::vector<std::string> const& rows)
{
    std::vector<std::u16string> r;
    for (auto const& s : rows)
        r.push_back(tx::from_utf8(s));
    return tx::char_matrix(r);
}

Value chars(std::u16string_view s) { return tx::char_row(s); }

bool truth(Value const& v)
{
    EXPECT_TRUE(v.is_bool()) << "expected a logical scalar";
    return v.is_bool() && v.boolean();
}

std::vector<Value> calln(std::string_view name, std::vector<Value> const& args, int nargout)
{
    auto r = call(name, args, nargout);
    EXPECT_FALSE(r.is_error()) << name << ": " << (r.is_error() ? r.error().message : "");
    return r.is_error() ? std::vector<Value>(static_cast<size_t>(nargout)) : r.value();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// strcat strvcat

TEST(Strings, StrcatCharTrimsTrailingWhitespace)
{
    Value r = call1("strcat", { str("a "), str("b\t"), str(" c ") });
    EXPECT_EQ(txt(r), "ab c");
    EXPECT_EQ(shape(r), "1x4");
    EXPECT_EQ(shape(call1("strcat", { str(""), str("") })), "0x0");
    EXPECT_EQ(shape(call1("strcat", { str(" "), str(" ") })), "1x0");
    EXPECT_EQ(txt(call1("strcat", { str("k1_3"), str("_x") })), "k1_3_x");
}

TEST(Strings, StrcatCharMatrixRowsExpand)
{
    Value r = call1("strcat", { char_matrix({ "a ", "bb" }), str("x") });
    EXPECT_EQ(shape(r), "2x3");
    EXPECT_EQ(txt(r), "abxb x"); // column-major of ["ax "; "bbx"]
    expect_error(call("strcat", { char_matrix({ "a", "b" }), char_matrix({ "a", "b", "c" }) }), "MATLAB:strcat:NumberOfInputRows");
}

TEST(Strings, StrcatCellsElementwiseNoTrim)
{
    Value r = call1("strcat", { cellrow({ "a ", "b" }), str("x ") });
    EXPECT_EQ(texts(r), (std::vector<std::string> { "a x ", "bx " }));
    EXPECT_EQ(shape(r), "1x2");
    Value r2 = call1("strcat", { cellrow({ "a" }), cellcol({ "1", "2" }) });
    EXPECT_EQ(texts(r2), (std::vector<std::string> { "a1", "a2" }));
    EXPECT_EQ(shape(r2), "2x1");
    expect_error(call("strcat", { cellrow({ "a", "b" }), cellrow({ "a", "b", "c" }) }), "MATLAB:strcat:InvalidInputSize");
    expect_error(call("strcat", { str("a"), num(1) }), "MATLAB:strcat:InvalidInputType");
}

TEST(Strings, Strvcat)
{
    Value r = call1("strvcat", { str("a"), str(""), cellrow({ "bcd", "" }), num(65) });
    EXPECT_EQ(shape(r), "3x3");
    EXPECT_EQ(txt(r), "abA c  d "); // rows "a  ", "bcd", "A  "
    EXPECT_EQ(shape(call1("strvcat", { str("") })), "0x0");
}

// ---------------------------------------------------------------------------------------------
// strsplit strjoin split join

TEST(Strings, StrsplitDefaultWhitespaceCollapses)
{
    Value r = call1("strsplit", { str("  a  b\tc ") });
    EXPECT_EQ(texts(r), (std::vector<std::string> { "", "a", "b", "c", "" }));
    EXPECT_EQ(shape(r), "1x5");
    EXPECT_EQ(shape(cell_at(r, 0)), "0x0");
    Value e = call1("strsplit", { str("") });
    EXPECT_EQ(shape(e), "1x1");
    EXPECT_EQ(shape(cell_at(e, 0)), "0x0");
}

TEST(Strings, StrsplitDelimiters)
{
    EXPECT_EQ(texts(call1("strsplit", { str("a,b,,c"), str(",") })), (std::vector<std::string> { "a", "b", "c" }));
    EXPECT_EQ(texts(call1("strsplit", { str("a,b,,c"), str(","), str("CollapseDelimiters"), Value::logical(false) })),
        (std::vector<std::string> { "a", "b", "", "c" }));
    // Doc example: split on ' ' and 'ain', collapsing.
    EXPECT_EQ(texts(call1("strsplit", { str("The rain in Spain."), cellrow({ " ", "ain" }) })),
        (std::vector<std::string> { "The", "r", "in", "Sp", "." }));
    // Escapes in char delimiters are processed.
    EXPECT_EQ(texts(call1("strsplit", { str("a\nb"), str("\\n") })), (std::vector<std::string> { "a", "b" }));
    auto two = calln("strsplit", { str("a1b22c"), str("\\d+"), str("DelimiterType"), str("RegularExpression") }, 2);
    EXPECT_EQ(texts(two[0]), (std::vector<std::string> { "a", "b", "c" }));
    EXPECT_EQ(texts(two[1]), (std::vector<std::string> { "1", "22" }));
    expect_error(call("strsplit", { num(1) }), "MATLAB:strsplit:InvalidStringType");
    expect_error(call("strsplit", { str("a"), num(1) }), "MATLAB:strsplit:InvalidDelimiterType");
    expect_error(call("strsplit", { str("a"), str(","), str("Bogus"), num(1) }), "MATLAB:InputParser:UnmatchedParameter");
}

TEST(Strings, Strjoin)
{
    EXPECT_EQ(txt(call1("strjoin", { cellrow({ "one", "two", "three" }) })), "one two three");
    EXPECT_EQ(txt(call1("strjoin", { cellrow({ "a", "b" }), str(", ") })), "a, b");
    EXPECT_EQ(txt(call1("strjoin", { cellrow({ "a", "b" }), str("\\n") })), "a\nb");
    EXPECT_EQ(txt(call1("strjoin", { cellrow({ "one", "two", "three" }), cellrow({ " + ", " = " }) })), "one + two = three");
    EXPECT_EQ(txt(call1("strjoin", { cellcol({ "x", "y" }), str("-") })), "x-y");
    EXPECT_EQ(shape(call1("strjoin", { tx::cell_row({}) })), "0x0");
    EXPECT_EQ(shape(call1("strjoin", { cellrow({ "", "" }), str("") })), "0x0");
    expect_error(call("strjoin", { str("abc") }), "MATLAB:strjoin:InvalidCellType");
    expect_error(call("strjoin", { cellrow({ "a", "b", "c" }), cellrow({ "1", "2", "3" }) }), "MATLAB:strjoin:WrongNumberOfDelimiterElements");
    expect_error(call("strjoin", { cellrow({ "a" }), num(1) }), "MATLAB:strjoin:InvalidDelimiterType");
}

TEST(Strings, StrjoinStrsplitRoundTrip)
{
    std::vector<std::string> parts;
    for (int i = 0; i < 100; ++i)
        parts.push_back("k" + std::to_string(i));
    Value joined = call1("strjoin", { cellrow(parts), str(",") });
    EXPECT_EQ(texts(call1("strsplit", { joined, str(",") })), parts);
}

TEST(Strings, SplitReturnsColumn)
{
    Value r = call1("split", { str(" a b  c") });
    EXPECT_EQ(texts(r), (std::vector<std::string> { "", "a", "b", "c" }));
    EXPECT_EQ(shape(r), "4x1");
    Value r2 = call1("split", { str("a,,b"), str(",") });
    EXPECT_EQ(texts(r2), (std::vector<std::string> { "a", "", "b" }));
    Value r3 = call1("split", { cellcol({ "a b", "c d" }) });
    EXPECT_EQ(shape(r3), "2x2");
    EXPECT_EQ(texts(r3), (std::vector<std::string> { "a", "c", "b", "d" }));
    expect_error(call("split", { cellcol({ "a b", "c" }) }), "MATLAB:split:MismatchedSplitCounts");
}

TEST(Strings, Join)
{
    Value r = call1("join", { cellrow({ "a", "b", "c" }) });
    EXPECT_EQ(texts(r), (std::vector<std::string> { "a b c" }));
    EXPECT_EQ(shape(r), "1x1");
    Value m = cell_of(Dims(2, 2), { str("Carlos"), str("Ella"), str("Sada"), str("Olsen") });
    Value r2 = call1("join", { m, str("-") });
    EXPECT_EQ(texts(r2), (std::vector<std::string> { "Carlos-Sada", "Ella-Olsen" }));
    EXPECT_EQ(shape(r2), "2x1");
    Value r3 = call1("join", { m, num(1) });
    EXPECT_EQ(texts(r3), (std::vector<std::string> { "Carlos Ella", "Sada Olsen" }));
    EXPECT_EQ(shape(r3), "1x2");
    EXPECT_EQ(txt(call1("join", { str("abc") })), "abc");
}

// ---------------------------------------------------------------------------------------------
// strrep strtrim deblank upper lower blanks newline

TEST(Strings, StrrepOverlapping)
{
    EXPECT_EQ(txt(call1("strrep", { str("abc 2 def 22 ghi 222 jkl 2222"), str("22"), str("*") })), "abc 2 def * ghi ** jkl ***");
    EXPECT_EQ(txt(call1("strrep", { str("hello world"), str("o"), str("0") })), "hell0 w0rld");
    Value gone = call1("strrep", { str("aa"), str("aa"), str("") });
    EXPECT_EQ(shape(gone), "1x0");
    EXPECT_EQ(shape(call1("strrep", { str(""), str("a"), str("b") })), "0x0");
    EXPECT_EQ(texts(call1("strrep", { cellrow({ "abc", "xbx" }), str("b"), str("BB") })), (std::vector<std::string> { "aBBc", "xBBx" }));
    expect_error(call("strrep", { num(1), str("a"), str("b") }), "MATLAB:strrep:InvalidInputType");
    expect_error(call("strrep", { char_matrix({ "ab", "cd" }), str("a"), str("b") }), "MATLAB:strrep:MultiRowInput");
}

TEST(Strings, StrtrimAndDeblank)
{
    EXPECT_EQ(txt(call1("strtrim", { str(" \t a b \n") })), "a b");
    EXPECT_EQ(shape(call1("strtrim", { str("   ") })), "0x0");
    EXPECT_EQ(shape(call1("strtrim", { str("") })), "0x0");
    // char(0) is trimmed; char(160) (no-break space) is significant and kept.
    EXPECT_EQ(re(call1("strtrim", { chars(u"\u00A0x \0"sv) })), (std::vector<double> { 160, 'x' }));
    EXPECT_EQ(texts(call1("strtrim", { cellrow({ " a ", "b  " }) })), (std::vector<std::string> { "a", "b" }));
    Value m = call1("strtrim", { char_matrix({ "  ab ", " c   " }) });
    EXPECT_EQ(shape(m), "2x3");
    EXPECT_EQ(txt(m), " ca b "); // [" ab"; "c  "]
    EXPECT_EQ(txt(call1("deblank", { str("  a b  ") })), "  a b");
    EXPECT_EQ(re(call1("deblank", { chars(u"a\0 \0"sv) })), (std::vector<double> { 'a' }));
    expect_error(call("strtrim", { num(1) }), "MATLAB:strtrim:InputClass");
    expect_error(call("deblank", { num(1) }), "MATLAB:deblank:InputClass");
}

TEST(Strings, UpperLower)
{
    EXPECT_EQ(txt(call1("upper", { str("Hello, World 1") })), "HELLO, WORLD 1");
    EXPECT_EQ(txt(call1("lower", { str("Hello, World 1") })), "hello, world 1");
    EXPECT_EQ(re(call1("upper", { chars(u"\u00e9\u00ff") })), (std::vector<double> { 0xC9, 0xFF }));
    EXPECT_EQ(texts(call1("upper", { cellrow({ "ab", "Cd" }) })), (std::vector<std::string> { "AB", "CD" }));
    Value m = call1("lower", { char_matrix({ "AB", "CD" }) });
    EXPECT_EQ(shape(m), "2x2");
    EXPECT_EQ(txt(m), "acbd");
    EXPECT_EQ(re(call1("upper", { num(5) })), (std::vector<double> { 5 }));
    expect_error(call("upper", { cell_of(Dims(1, 1), { num(1) }) }), "MATLAB:upper:InputClass");
}

TEST(Strings, BlanksNewline)
{
    Value b = call1("blanks", { num(3) });
    EXPECT_EQ(txt(b), "   ");
    EXPECT_EQ(shape(call1("blanks", { num(0) })), "1x0");
    expect_error(call("blanks", { num(-1) }), "MATLAB:blanks:InvalidInput");
    expect_error(call("blanks", { num(1.5) }), "MATLAB:blanks:InvalidInput");
    Value nl = call1("newline", {});
    EXPECT_EQ(re(nl), (std::vector<double> { 10 }));
    EXPECT_EQ(shape(nl), "1x1");
}

// ---------------------------------------------------------------------------------------------
// strcmp family

TEST(Strings, Strcmp)
{
    EXPECT_TRUE(truth(call1("strcmp", { str("abc"), str("abc") })));
    EXPECT_FALSE(truth(call1("strcmp", { str("abc"), str("abd") })));
    EXPECT_FALSE(truth(call1("strcmp", { str("abc"), str("ABC") })));
    EXPECT_TRUE(truth(call1("strcmpi", { str("abc"), str("ABC") })));
    EXPECT_FALSE(truth(call1("strcmp", { str("a"), num(97) })));
    EXPECT_FALSE(truth(call1("strcmp", { num(1), num(1) })));
    EXPECT_TRUE(truth(call1("strcmp", { str(""), tx::char_row(u"", tx::EmptyShape::OneByZero) })));
    EXPECT_FALSE(truth(call1("strcmp", { str("ab"), char_matrix({ "a", "b" }) })));
    Value r = call1("strcmp", { cellrow({ "a", "b", "a" }), str("a") });
    EXPECT_EQ(re(r), (std::vector<double> { 1, 0, 1 }));
    EXPECT_EQ(r.class_id(), ClassId::Logical);
    EXPECT_EQ(shape(r), "1x3");
    Value r2 = call1("strcmp", { cellcol({ "a", "b" }), cellcol({ "a", "c" }) });
    EXPECT_EQ(re(r2), (std::vector<double> { 1, 0 }));
    EXPECT_EQ(shape(r2), "2x1");
    Value mixed = cell_of(Dims(1, 2), { str("a"), num(1) });
    EXPECT_EQ(re(call1("strcmp", { mixed, str("a") })), (std::vector<double> { 1, 0 }));
    expect_error(call("strcmp", { cellrow({ "a", "b" }), cellrow({ "a", "b", "c" }) }), "MATLAB:strcmp:InputsSizeMismatch");
}

TEST(Strings, Strncmp)
{
    EXPECT_TRUE(truth(call1("strncmp", { str("abcdef"), str("abcxyz"), num(3) })));
    EXPECT_FALSE(truth(call1("strncmp", { str("abcdef"), str("abcxyz"), num(4) })));
    EXPECT_TRUE(truth(call1("strncmp", { str("abc"), str("abc"), num(10) })));
    EXPECT_FALSE(truth(call1("strncmp", { str("abc"), str("abcd"), num(10) })));
    EXPECT_TRUE(truth(call1("strncmp", { str("x"), str("y"), num(0) })));
    EXPECT_TRUE(truth(call1("strncmpi", { str("ABcd"), str("abCE"), num(3) })));
    EXPECT_EQ(re(call1("strncmp", { cellrow({ "abc", "abd", "x" }), str("ab"), num(2) })), (std::vector<double> { 1, 1, 0 }));
    expect_error(call("strncmp", { str("a"), str("a"), num(-1) }), "MATLAB:strncmp:InvalidLength");
}

// ---------------------------------------------------------------------------------------------
// strfind contains startsWith endsWith replace

TEST(Strings, Strfind)
{
    Value r = call1("strfind", { str("abcabcab"), str("ab") });
    EXPECT_EQ(re(r), (std::vector<double> { 1, 4, 7 }));
    EXPECT_EQ(shape(r), "1x3");
    EXPECT_EQ(re(call1("strfind", { str("aaa"), str("aa") })), (std::vector<double> { 1, 2 }));
    EXPECT_EQ(shape(call1("strfind", { str("abc"), str("x") })), "0x0");
    EXPECT_EQ(shape(call1("strfind", { str("abc"), str("") })), "0x0");
    EXPECT_EQ(shape(call1("strfind", { str("ab"), str("abc") })), "0x0");
    Value c = call1("strfind", { cellrow({ "ab", "b", "x" }), str("b") });
    EXPECT_EQ(shape(c), "1x3");
    EXPECT_EQ(re(cell_at(c, 0)), (std::vector<double> { 2 }));
    EXPECT_EQ(shape(cell_at(c, 2)), "0x0");
    Value forced = call1("strfind", { str("ab"), str("b"), str("ForceCellOutput"), Value::logical(true) });
    EXPECT_EQ(forced.class_id(), ClassId::Cell);
    expect_error(call("strfind", { num(1), str("a") }), "MATLAB:strfind:InvalidFirstInput");
}

TEST(Strings, ContainsStartsEnds)
{
    EXPECT_TRUE(truth(call1("contains", { str("hello world"), str("o w") })));
    EXPECT_FALSE(truth(call1("contains", { str("hello"), str("L") })));
    EXPECT_TRUE(truth(call1("contains", { str("hello"), str("L"), str("IgnoreCase"), Value::logical(true) })));
    EXPECT_TRUE(truth(call1("contains", { str("hello"), str("") })));
    EXPECT_EQ(re(call1("contains", { cellrow({ "abc", "xyz", "b" }), cellrow({ "z", "b" }) })), (std::vector<double> { 1, 1, 1 }));
    EXPECT_TRUE(truth(call1("startsWith", { str("filename.txt"), str("file") })));
    EXPECT_FALSE(truth(call1("startsWith", { str("filename.txt"), str("name") })));
    EXPECT_TRUE(truth(call1("endsWith", { str("filename.txt"), str(".TXT"), str("IgnoreCase"), num(1) })));
    Value r = call1("endsWith", { cellcol({ "a.m", "b.c" }), str(".m") });
    EXPECT_EQ(re(r), (std::vector<double> { 1, 0 }));
    EXPECT_EQ(shape(r), "2x1");
    expect_error(call("contains", { num(1), str("a") }), "MATLAB:contains:InvalidFirstInput");
    expect_error(call("contains", { str("a"), num(1) }), "MATLAB:contains:InvalidSecondInput");
}

TEST(Strings, Replace)
{
    EXPECT_EQ(txt(call1("replace", { str("aaa"), str("aa"), str("b") })), "ba");
    EXPECT_EQ(txt(call1("replace", { str("abc"), cellrow({ "a", "ab" }), cellrow({ "1", "2" }) })), "2c");
    EXPECT_EQ(txt(call1("replace", { str("abc"), str(""), str("-") })), "-a-b-c-");
    EXPECT_EQ(texts(call1("replace", { cellrow({ "xa", "a" }), str("a"), str("") })), (std::vector<std::string> { "x", "" }));
    expect_error(call("replace", { str("abc"), cellrow({ "a", "b" }), cellrow({ "1", "2", "3" }) }), "MATLAB:replace:SizeMismatch");
}

// ---------------------------------------------------------------------------------------------
// cellstr iscellstr num2cell strlength isstrprop isletter isspace

TEST(Strings, Cellstr)
{
    Value c = call1("cellstr", { char_matrix({ "ab ", "   ", "c d" }) });
    EXPECT_EQ(shape(c), "3x1");
    EXPECT_EQ(texts(c), (std::vector<std::string> { "ab", "", "c d" }));
    EXPECT_EQ(shape(cell_at(c, 1)), "0x0");
    Value e = call1("cellstr", { str("") });
    EXPECT_EQ(shape(e), "1x1");
    EXPECT_EQ(shape(cell_at(e, 0)), "0x0");
    Value same = cellrow({ "x" });
    EXPECT_EQ(call1("cellstr", { same }).obj(), same.obj());
    expect_error(call("cellstr", { num(1) }), "MATLAB:cellstr:InputClass");
    expect_error(call("cellstr", { cell_of(Dims(1, 1), { num(1) }) }), "MATLAB:cellstr:MustContainText");
}

TEST(Strings, Iscellstr)
{
    EXPECT_TRUE(truth(call1("iscellstr", { cellrow({ "a", "" }) })));
    EXPECT_TRUE(truth(call1("iscellstr", { tx::cell_row({}) })));
    EXPECT_FALSE(truth(call1("iscellstr", { cell_of(Dims(1, 2), { str("a"), num(1) }) })));
    EXPECT_FALSE(truth(call1("iscellstr", { str("a") })));
    EXPECT_FALSE(truth(call1("isstring", { str("a") })));
}

TEST(Strings, Num2cell)
{
    Value c = call1("num2cell", { mat(2, 2, { 1, 2, 3, 4 }) });
    EXPECT_EQ(shape(c), "2x2");
    EXPECT_EQ(re(cell_at(c, 2)), (std::vector<double> { 3 }));
    Value s = call1("num2cell", { str("ab") });
    EXPECT_EQ(texts(s), (std::vector<std::string> { "a", "b" }));
    Value l = call1("num2cell", { logical_row({ 1, 0 }) });
    EXPECT_TRUE(cell_at(l, 0).is_bool());
    Value z = call1("num2cell", { Value::empty() });
    EXPECT_EQ(shape(z), "0x0");
    Value cc = call1("num2cell", { cellrow({ "a", "b" }) });
    EXPECT_EQ(cell_at(cc, 1).class_id(), ClassId::Cell);
    Value cx = call1("num2cell", { cplx_row({ 1, 2 }, { 3, 4 }) });
    EXPECT_EQ(im(cell_at(cx, 1)), (std::vector<double> { 4 }));
}

TEST(Strings, Strlength)
{
    EXPECT_EQ(re(call1("strlength", { str("abc") })), (std::vector<double> { 3 }));
    EXPECT_EQ(re(call1("strlength", { str("") })), (std::vector<double> { 0 }));
    Value r = call1("strlength", { cellcol({ "ab", "", "xyz" }) });
    EXPECT_EQ(re(r), (std::vector<double> { 2, 0, 3 }));
    EXPECT_EQ(shape(r), "3x1");
    expect_error(call("strlength", { num(1) }), "MATLAB:strlength:InvalidInput");
}

TEST(Strings, CharacterClasses)
{
    EXPECT_EQ(re(call1("isstrprop", { str("a1 B."), str("alpha") })), (std::vector<double> { 1, 0, 0, 1, 0 }));
    EXPECT_EQ(re(call1("isstrprop", { str("a1 B."), str("digit") })), (std::vector<double> { 0, 1, 0, 0, 0 }));
    EXPECT_EQ(re(call1("isstrprop", { str("a1 B."), str("wspace") })), (std::vector<double> { 0, 0, 1, 0, 0 }));
    EXPECT_EQ(re(call1("isstrprop", { str("a1 B."), str("upper") })), (std::vector<double> { 0, 0, 0, 1, 0 }));
    EXPECT_EQ(re(call1("isstrprop", { str("a1 B."), str("lower") })), (std::vector<double> { 1, 0, 0, 0, 0 }));
    EXPECT_EQ(re(call1("isstrprop", { str("a1 B."), str("alphanum") })), (std::vector<double> { 1, 1, 0, 1, 0 }));
    EXPECT_EQ(re(call1("isstrprop", { str("a1 B."), str("punct") })), (std::vector<double> { 0, 0, 0, 0, 1 }));
    EXPECT_EQ(re(call1("isstrprop", { row({ 65, 49 }), str("alpha") })), (std::vector<double> { 1, 0 }));
    Value c = call1("isstrprop", { cellrow({ "a1", "" }), str("digit") });
    EXPECT_EQ(re(cell_at(c, 0)), (std::vector<double> { 0, 1 }));
    expect_error(call("isstrprop", { str("a"), str("bogus") }), "MATLAB:isstrprop:InvalidCategory");
    EXPECT_EQ(re(call1("isletter", { str("a1_Z") })), (std::vector<double> { 1, 0, 0, 1 }));
    EXPECT_EQ(re(call1("isletter", { row({ 65, 66 }) })), (std::vector<double> { 0, 0 }));
    Value sp = call1("isspace", { chars(u"a \t\n\u00A0") });
    EXPECT_EQ(re(sp), (std::vector<double> { 0, 1, 1, 1, 1 }));
    EXPECT_EQ(sp.class_id(), ClassId::Logical);
}

// ---------------------------------------------------------------------------------------------
// str2num

TEST(Strings, Str2num)
{
    EXPECT_EQ(re(call1("str2num", { str("42") })), (std::vector<double> { 42 }));
    Value m = call1("str2num", { str("[1 2;3 4]") });
    EXPECT_EQ(shape(m), "2x2");
    EXPECT_EQ(re(m), (std::vector<double> { 1, 3, 2, 4 }));
    EXPECT_EQ(re(call1("str2num", { str("1 -2") })), (std::vector<double> { 1, -2 }));
    EXPECT_EQ(re(call1("str2num", { str("1 - 2") })), (std::vector<double> { -1 }));
    EXPECT_EQ(re(call1("str2num", { str("2^-1, -2^2, (1+2)*3") })), (std::vector<double> { 0.5, -4, 9 }));
    EXPECT_EQ(re(call1("str2num", { str("1e3 .5 Inf") })), (std::vector<double> { 1000, 0.5, INFINITY }));
    Value t = call1("str2num", { str("true false") });
    EXPECT_EQ(t.class_id(), ClassId::Logical);
    Value c = call1("str2num", { str("3+4i") });
    EXPECT_EQ(re(c), (std::vector<double> { 3 }));
    EXPECT_EQ(im(c), (std::vector<double> { 4 }));
    auto bad = calln("str2num", { str("1 2;3") }, 2);
    EXPECT_EQ(shape(bad[0]), "0x0");
    EXPECT_FALSE(truth(bad[1]));
    auto bad2 = calln("str2num", { str("1+") }, 2);
    EXPECT_FALSE(truth(bad2[1]));
    auto ok = calln("str2num", { str("") }, 2);
    EXPECT_EQ(shape(ok[0]), "0x0");
    EXPECT_TRUE(truth(ok[1]));
    expect_error(call("str2num", { str("sin(1)") }), "RunMat:str2num:unsupported");
    expect_error(call("str2num", { num(1) }), "MATLAB:str2num:InvalidArgument");
}

// ---------------------------------------------------------------------------------------------
// regexp regexpi regexprep

TEST(Strings, RegexpDefaultOutputs)
{
    auto r = calln("regexp", { str("ab12cd345"), str("\\d+") }, 4);
    EXPECT_EQ(re(r[0]), (std::vector<double> { 3, 7 }));
    EXPECT_EQ(re(r[1]), (std::vector<double> { 4, 9 }));
    EXPECT_EQ(shape(r[2]), "1x2"); // tokenExtents
    EXPECT_EQ(re(cell_at(r[2], 0)), (std::vector<double> { 3, 4 }));
    EXPECT_EQ(texts(r[3]), (std::vector<std::string> { "12", "345" }));
    Value none = call1("regexp", { str("abc"), str("x") });
    EXPECT_EQ(shape(none), "1x0");
}

TEST(Strings, RegexpKeywordOutputs)
{
    auto r = calln("regexp", { str("key=val; k2=v2"), str("(\\w+)=(\\w+)"), str("tokens"), str("match") }, 2);
    ASSERT_EQ(shape(r[0]), "1x2");
    EXPECT_EQ(texts(cell_at(r[0], 1)), (std::vector<std::string> { "k2", "v2" }));
    EXPECT_EQ(texts(r[1]), (std::vector<std::string> { "key=val", "k2=v2" }));
    Value split = call1("regexp", { str("a,b;;c"), str("[,;]"), str("split") });
    EXPECT_EQ(texts(split), (std::vector<std::string> { "a", "b", "", "c" }));
    Value nomatch = call1("regexp", { str("abc"), str("x"), str("match") });
    EXPECT_EQ(shape(nomatch), "1x0");
    EXPECT_EQ(texts(call1("regexp", { str("abc"), str("x"), str("split") })), (std::vector<std::string> { "abc" }));
    // Keywords first, then the remaining outputs in default order.
    auto mixed = calln("regexp", { str("xaby"), str("ab"), str("match") }, 2);
    EXPECT_EQ(texts(mixed[0]), (std::vector<std::string> { "ab" }));
    EXPECT_EQ(re(mixed[1]), (std::vector<double> { 2 }));
}

TEST(Strings, RegexpOnce)
{
    EXPECT_EQ(txt(call1("regexp", { str("ab12cd345"), str("\\d+"), str("match"), str("once") })), "12");
    Value none = call1("regexp", { str("abc"), str("\\d"), str("match"), str("once") });
    EXPECT_EQ(shape(none), "0x0");
    EXPECT_EQ(none.class_id(), ClassId::Char);
    Value tok = call1("regexp", { str("x=1"), str("(\\w)=(\\d)"), str("tokens"), str("once") });
    EXPECT_EQ(texts(tok), (std::vector<std::string> { "x", "1" }));
    Value start = call1("regexp", { str("abc"), str("c"), str("once") });
    EXPECT_EQ(re(start), (std::vector<double> { 3 }));
    EXPECT_EQ(shape(call1("regexp", { str("abc"), str("d"), str("once") })), "0x0");
    Value forced = call1("regexp", { str("abc"), str("b"), str("match"), str("forceCellOutput") });
    EXPECT_EQ(shape(forced), "1x1");
    EXPECT_EQ(texts(cell_at(forced, 0)), (std::vector<std::string> { "b" }));
}

TEST(Strings, RegexpTokensWithoutGroupsAndUnmatched)
{
    Value t = call1("regexp", { str("ab"), str("\\w"), str("tokens") });
    EXPECT_EQ(texts(cell_at(t, 0)), (std::vector<std::string> { "a" }));
    Value u = call1("regexp", { str("ac"), str("a(b)?c"), str("tokens") });
    EXPECT_EQ(texts(cell_at(u, 0)), (std::vector<std::string> { "" }));
    EXPECT_EQ(shape(cell_at(cell_at(u, 0), 0)), "0x0");
}

TEST(Strings, RegexpCellInputs)
{
    Value r = call1("regexp", { cellrow({ "a1", "b", "22" }), str("\\d"), str("match") });
    EXPECT_EQ(shape(r), "1x3");
    EXPECT_EQ(texts(cell_at(r, 0)), (std::vector<std::string> { "1" }));
    EXPECT_EQ(shape(cell_at(r, 1)), "1x0");
    EXPECT_EQ(texts(cell_at(r, 2)), (std::vector<std::string> { "2", "2" }));
}

TEST(Strings, RegexpSyntax)
{
    auto m = [](std::string s, std::string p, std::vector<Value> extra = {}) {
        std::vector<Value> args { str(s), str(p), str("match") };
        for (auto& e : extra)
            args.push_back(e);
        return texts(call1("regexp", args));
    };
    using V = std::vector<std::string>;
    EXPECT_EQ(m("The Cat sat", "[A-Z]\\w*"), (V { "The", "Cat" }));
    EXPECT_EQ(m("aaa", "a*?"), (V { "a", "a", "a" })); // noemptymatch: backtrack to a non-empty match
    EXPECT_EQ(m("aaa", "a+?"), (V { "a", "a", "a" }));
    EXPECT_EQ(m("abc", "x*|b"), (V { "b" }));
    EXPECT_EQ(m("price: $42, $7", "(?<=\\$)\\d+"), (V { "42", "7" }));
    EXPECT_EQ(m("foobar foobaz", "foo(?!bar)\\w+"), (V { "foobaz" }));
    EXPECT_EQ(m("ab ab", "(?<first>a)(?<second>b)"), (V { "ab", "ab" }));
    EXPECT_EQ(m("aa bb cd", "(\\w)\\1"), (V { "aa", "bb" }));
    EXPECT_EQ(m("xyzzy", "(?<c>z)\\k<c>"), (V { "zz" }));
    EXPECT_EQ(m("one two", "\\<t\\w+"), (V { "two" }));
    EXPECT_EQ(m("a\nb", "a.b"), (V { "a\nb" })); // dot matches newline by default
    EXPECT_EQ(m("a\nb", "a.b", { str("dotexceptnewline") }), (V {}));
    EXPECT_EQ(m("l1\nl2", "^l\\d$", { str("lineanchors") }), (V { "l1", "l2" }));
    EXPECT_EQ(m("l1\nl2", "^l\\d$"), (V {}));
    EXPECT_EQ(m("AbC", "(?i)abc"), (V { "AbC" }));
    EXPECT_EQ(m("AbC", "abc", { str("ignorecase") }), (V { "AbC" }));
    EXPECT_EQ(m("aaaa", "a{2,3}"), (V { "aaa" }));
    EXPECT_EQ(m("aaaa", "a{2}"), (V { "aa", "aa" }));
    EXPECT_EQ(m("a{b", "a{b"), (V { "a{b" }));
    EXPECT_EQ(m("aaab", "(?>a+)b"), (V { "aaab" }));
    EXPECT_EQ(m("aaa", "(?>a+)a"), (V {}));
    EXPECT_EQ(m("aaa", "a++a"), (V {}));
    EXPECT_EQ(m("tab\there", "\\t"), (V { "\t" }));
    EXPECT_EQ(m("A-z", "\\x41"), (V { "A" }));
    EXPECT_EQ(m("a b", "a\\sb"), (V { "a b" }));
    EXPECT_EQ(m("x_1 y", "[^\\s]+"), (V { "x_1", "y" }));
    EXPECT_EQ(m("a]b", "[]a]+"), (V { "a]" }));
    EXPECT_EQ(m("ab", "(?:a|b)(?#comment)"), (V { "a", "b" }));
    EXPECT_EQ(m("a b", "a b # c", { str("freespacing") }), (V {}));
    EXPECT_EQ(m("ab", "a b # c", { str("freespacing") }), (V { "ab" }));
    EXPECT_EQ(m("abab", "(ab)*"), (V { "abab" }));
    EXPECT_EQ(m("", "(a*)*"), (V {}));
    EXPECT_EQ(m("aaa", "(a|)*b"), (V {}));
    auto emptym = call1("regexp", { str("ab"), str("x*"), str("match"), str("emptymatch") });
    EXPECT_EQ(shape(emptym), "1x3");
    expect_error(call("regexp", { str("a"), str("(a") }), "MATLAB:regexp:InvalidPattern");
    expect_error(call("regexp", { str("a"), str("[a") }), "MATLAB:regexp:InvalidPattern");
    expect_error(call("regexp", { str("a"), str("a"), str("bogus") }), "MATLAB:regexp:InvalidOption");
    // 'names' gives a struct with one field per named group (was an error before structs).
    auto names = call1("regexp", { str("ab"), str("(?<n>a)(?<m>b)"), str("names") });
    auto* st = as_struct(names);
    ASSERT_NE(st, nullptr);
    EXPECT_EQ(st->field_names(), (std::vector<std::string> { "n", "m" }));
}

TEST(Strings, RegexpLongSubjectNoStackOverflow)
{
    std::string s(200000, 'a');
    Value r = call1("regexp", { str(s), str(".*b|a+"), str("match") });
    ASSERT_EQ(shape(r), "1x1");
    EXPECT_EQ(txt(cell_at(r, 0)).size(), s.size());
}

TEST(Strings, Regexpi)
{
    EXPECT_EQ(texts(call1("regexpi", { str("Abc aBC"), str("abc"), str("match") })), (std::vector<std::string> { "Abc", "aBC" }));
    EXPECT_EQ(texts(call1("regexpi", { str("Abc aBC"), str("abc"), str("match"), str("matchcase") })), (std::vector<std::string> {}));
}

TEST(Strings, Regexprep)
{
    EXPECT_EQ(txt(call1("regexprep", { str("hello world"), str("o"), str("0") })), "hell0 w0rld");
    EXPECT_EQ(txt(call1("regexprep", { str("abc"), str("(\\w)(\\w)"), str("$2$1") })), "bac");
    EXPECT_EQ(txt(call1("regexprep", { str("abc"), str("b"), str("[$0]") })), "a[b]c");
    EXPECT_EQ(txt(call1("regexprep", { str("a b"), str("\\s"), str("\\n") })), "a\nb");
    EXPECT_EQ(txt(call1("regexprep", { str("aaa"), str("a"), str("b"), str("once") })), "baa");
    EXPECT_EQ(txt(call1("regexprep", { str("aaa"), str("a"), str("b"), num(2) })), "aba");
    EXPECT_EQ(txt(call1("regexprep", { str("ABC"), str("b"), str("x"), str("ignorecase") })), "AxC");
    EXPECT_EQ(txt(call1("regexprep", { str("abc"), str("x*"), str("-") })), "abc");
    EXPECT_EQ(txt(call1("regexprep", { str("Hello"), str("hello"), str("world"), str("ignorecase"), str("preservecase") })), "World");
    EXPECT_EQ(txt(call1("regexprep", { str("k=v"), str("(?<key>\\w)=(?<val>\\w)"), str("$<val>=$<key>") })), "v=k");
    Value gone = call1("regexprep", { str("abc"), str("."), str("") });
    EXPECT_EQ(shape(gone), "1x0");
    Value unchanged = call1("regexprep", { str(""), str("a"), str("b") });
    EXPECT_EQ(shape(unchanged), "0x0");
    EXPECT_EQ(texts(call1("regexprep", { cellrow({ "a1", "b2" }), str("\\d"), str("#") })), (std::vector<std::string> { "a#", "b#" }));
    // Several expressions apply in turn.
    EXPECT_EQ(txt(call1("regexprep", { str("abc"), cellrow({ "a", "b" }), cellrow({ "b", "c" }) })), "ccc");
}

TEST(Strings, Regexptranslate)
{
    EXPECT_EQ(txt(call1("regexptranslate", { str("escape"), str("a.b*c") })), "a\\.b\\*c");
    EXPECT_EQ(txt(call1("regexptranslate", { str("wildcard"), str("*.m") })), ".*\\.m");
}

// The engine directly: UTF-16 code units beyond ASCII, case folding of Latin-1.
TEST(Strings, RegexEngineUnicode)
{
    auto re = regex::Regex::compile(u"\u00e9+", { .ignore_case = true });
    ASSERT_FALSE(re.is_error());
    regex::Match m;
    ASSERT_TRUE(re.value().search(u"x\u00c9\u00e9y", 0, true, m));
    EXPECT_EQ(m.start, 1u);
    EXPECT_EQ(m.end, 3u);
}

TEST(Strings, CellPreallocation)
{
    Value c = call1("cell", { num(1), num(3) });
    EXPECT_EQ(shape(c), "1x3");
    EXPECT_EQ(shape(cell_at(c, 2)), "0x0");
    EXPECT_EQ(shape(call1("cell", { num(2) })), "2x2");
    EXPECT_EQ(shape(call1("cell", { row({ 2, 0 }) })), "2x0");
    EXPECT_EQ(shape(call1("cell", {})), "0x0");
    expect_error(call("cell", { num(1.5) }), "MATLAB:cell:InvalidSize");
    EXPECT_TRUE(truth(call1("iscell", { c })));
    EXPECT_FALSE(truth(call1("iscell", { str("a") })));
}

// Shape/type queries and class conversions, plus the operator function forms.
#include "value_test_support.hpp"

using namespace runmat::runtime;
using namespace runmat::runtime::test;

TEST(Query, Size)
{
    Value a = nd({ 2, 3, 4 }, std::vector<double>(24, 0));
    EXPECT_EQ(re(call1("size", { a })), std::vector<double>({ 2, 3, 4 }));
    EXPECT_EQ(call1("size", { a, num(2) }).num(), 3);
    EXPECT_EQ(call1("size", { a, num(5) }).num(), 1);
    EXPECT_EQ(re(call1("size", { a, row({ 1, 3 }) })), std::vector<double>({ 2, 4 }));
    EXPECT_EQ(re(call1("size", { a, num(3), num(1) })), std::vector<double>({ 4, 2 }));
    EXPECT_EQ(re(call1("size", { num(7) })), std::vector<double>({ 1, 1 }));
    EXPECT_EQ(re(call1("size", { Value::empty() })), std::vector<double>({ 0, 0 }));
    // [r, c] = size(x): the last output absorbs the remaining dims.
    auto rc = call("size", { a }, 2);
    ASSERT_FALSE(rc.is_error());
    EXPECT_EQ(rc.value()[0].num(), 2);
    EXPECT_EQ(rc.value()[1].num(), 12);
    auto four = call("size", { mat(2, 3, std::vector<double>(6, 0)) }, 4);
    EXPECT_EQ(four.value()[2].num(), 1);
    EXPECT_EQ(four.value()[3].num(), 1);
    auto two = call("size", { a, row({ 3, 1 }) }, 2);
    EXPECT_EQ(two.value()[0].num(), 4);
    EXPECT_EQ(two.value()[1].num(), 2);
    expect_error(call("size", { a, num(0) }), "MATLAB:getdimarg:dimensionMustBePositiveInteger",
        "Dimension argument must be a positive integer scalar or a vector of positive integers.");
    expect_error(call("size", { a, num(1.5) }), "MATLAB:getdimarg:dimensionMustBePositiveInteger");
    EXPECT_EQ(call1("size", { a }).class_id(), ClassId::Double);
}

TEST(Query, CountsAndShapes)
{
    Value m = mat(2, 3, std::vector<double>(6, 1));
    EXPECT_EQ(call1("numel", { m }).num(), 6);
    EXPECT_EQ(call1("length", { m }).num(), 3);
    EXPECT_EQ(call1("length", { mat(0, 5, {}) }).num(), 0);
    EXPECT_EQ(call1("ndims", { m }).num(), 2);
    EXPECT_EQ(call1("ndims", { nd({ 1, 1, 2 }, { 1, 2 }) }).num(), 3);
    EXPECT_TRUE(call1("isempty", { mat(0, 3, {}) }).boolean());
    EXPECT_FALSE(call1("isempty", { num(1) }).boolean());
    EXPECT_TRUE(call1("isscalar", { num(1) }).boolean());
    EXPECT_FALSE(call1("isscalar", { m }).boolean());
    EXPECT_TRUE(call1("isvector", { row({ 1, 2 }) }).boolean());
    EXPECT_TRUE(call1("isvector", { mat(1, 0, {}) }).boolean());
    EXPECT_FALSE(call1("isvector", { m }).boolean());
    EXPECT_TRUE(call1("isrow", { row({ 1, 2 }) }).boolean());
    EXPECT_FALSE(call1("isrow", { col({ 1, 2 }) }).boolean());
    EXPECT_TRUE(call1("iscolumn", { col({ 1, 2 }) }).boolean());
    EXPECT_TRUE(call1("ismatrix", { m }).boolean());
    EXPECT_FALSE(call1("ismatrix", { nd({ 1, 1, 2 }, { 1, 2 }) }).boolean());
    EXPECT_EQ(call1("numel", { str("hello") }).num(), 5);
}

TEST(Query, ClassAndIsa)
{
    EXPECT_EQ(text(call1("class", { num(1) })), "double");
    EXPECT_EQ(text(call1("class", { Value::logical(true) })), "logical");
    EXPECT_EQ(text(call1("class", { str("x") })), "char");
    auto fh = make_ref<FunctionHandle>();
    fh->name = "sin";
    Value f = Value::object(std::move(fh));
    EXPECT_EQ(text(call1("class", { f })), "function_handle");
    EXPECT_TRUE(call1("isa", { num(1), str("numeric") }).boolean());
    EXPECT_TRUE(call1("isa", { num(1), str("float") }).boolean());
    EXPECT_TRUE(call1("isa", { num(1), str("double") }).boolean());
    EXPECT_FALSE(call1("isa", { num(1), str("integer") }).boolean());
    EXPECT_FALSE(call1("isa", { Value::logical(true), str("numeric") }).boolean());
    EXPECT_FALSE(call1("isa", { str("a"), str("numeric") }).boolean());
    EXPECT_TRUE(call1("isa", { f, str("function_handle") }).boolean());
    EXPECT_TRUE(call1("isnumeric", { num(1) }).boolean());
    EXPECT_FALSE(call1("isnumeric", { str("1") }).boolean());
    EXPECT_TRUE(call1("islogical", { logical_row({ 1, 0 }) }).boolean());
    EXPECT_TRUE(call1("ischar", { str("") }).boolean());
    EXPECT_TRUE(call1("isfloat", { Value::complex(1, 1) }).boolean());
    EXPECT_FALSE(call1("isfloat", { Value::logical(true) }).boolean());
}

TEST(Query, Conversions)
{
    Value d = call1("double", { str("AB") });
    EXPECT_EQ(d.class_id(), ClassId::Double);
    EXPECT_EQ(re(d), std::vector<double>({ 65, 66 }));
    EXPECT_EQ(call1("double", { Value::logical(true) }).num(), 1);
    Value l = call1("logical", { row({ 2, 0, -1 }) });
    EXPECT_EQ(l.class_id(), ClassId::Logical);
    EXPECT_EQ(re(l), std::vector<double>({ 1, 0, 1 }));
    expect_error(call("logical", { num(NAN) }), "MATLAB:nologicalnan", "NaN's cannot be converted to logicals.");
    expect_error(call("logical", { str("a") }), "MATLAB:invalidConversion");
    EXPECT_EQ(text(call1("char", { num(65) })), "A");
    EXPECT_EQ(text(call1("char", { row({ 72, 105 }) })), "Hi");
    Value cm = call1("char", { mat(2, 2, { 65, 67, 66, 68 }) });
    EXPECT_EQ(cm.dims(), Dims(2, 2));
    EXPECT_EQ(text(cm), "ACBD");
    Value padded = call1("char", { str("a"), str("bcd"), str("") });
    EXPECT_EQ(padded.dims(), Dims(3, 3));
    EXPECT_EQ(text(padded), "ab  c  d "); // column-major of [a__; bcd; ___]
    EXPECT_EQ(call1("char", {}).dims(), Dims(0, 0));
    expect_error(call("char", { Value::logical(true) }), "MATLAB:invalidConversion");
}

TEST(Query, Isequal)
{
    EXPECT_TRUE(call1("isequal", { row({ 1, 2 }), row({ 1, 2 }), row({ 1, 2 }) }).boolean());
    EXPECT_FALSE(call1("isequal", { row({ 1, 2 }), row({ 1, 2 }), row({ 1, 3 }) }).boolean());
    EXPECT_FALSE(call1("isequal", { num(NAN), num(NAN) }).boolean());
    EXPECT_TRUE(call1("isequal", { str("abc"), str("abc") }).boolean());
    EXPECT_FALSE(call1("isequal", { str("abc"), str("abd") }).boolean());
    EXPECT_FALSE(call1("isequal", { row({ 1, 2 }), col({ 1, 2 }) }).boolean());
}

TEST(OperatorFunctions, DelegateToOps)
{
    EXPECT_EQ(call1("plus", { num(1), num(2) }).num(), 3);
    EXPECT_EQ(call1("minus", { num(1), num(2) }).num(), -1);
    EXPECT_EQ(re(call1("times", { row({ 1, 2 }), num(3) })), std::vector<double>({ 3, 6 }));
    EXPECT_EQ(call1("rdivide", { num(1), num(4) }).num(), 0.25);
    EXPECT_EQ(call1("ldivide", { num(4), num(1) }).num(), 0.25);
    EXPECT_EQ(call1("power", { num(2), num(10) }).num(), 1024);
    EXPECT_EQ(call1("mtimes", { num(2), num(3) }).num(), 6);
    EXPECT_TRUE(call1("eq", { num(2), num(2) }).boolean());
    EXPECT_TRUE(call1("ne", { num(2), num(3) }).boolean());
    EXPECT_TRUE(call1("lt", { num(2), num(3) }).boolean());
    EXPECT_TRUE(call1("le", { num(3), num(3) }).boolean());
    EXPECT_TRUE(call1("gt", { num(4), num(3) }).boolean());
    EXPECT_TRUE(call1("ge", { num(3), num(3) }).boolean());
    EXPECT_FALSE(call1("and", { num(1), num(0) }).boolean());
    EXPECT_TRUE(call1("or", { num(1), num(0) }).boolean());
    EXPECT_EQ(re(call1("xor", { row({ 1, 1, 0 }), row({ 1, 0, 0 }) })), std::vector<double>({ 0, 1, 0 }));
    EXPECT_TRUE(call1("not", { num(0) }).boolean());
    EXPECT_EQ(call1("uminus", { num(2) }).num(), -2);
    EXPECT_EQ(call1("uplus", { Value::logical(true) }).class_id(), ClassId::Double);
    EXPECT_EQ(call1("transpose", { row({ 1, 2 }) }).dims(), Dims(2, 1));
    Value ct = call1("ctranspose", { cplx_row({ 1 }, { 2 }) });
    EXPECT_EQ(im(ct), std::vector<double>({ -2 }));
    auto err = call("plus", { row({ 1, 2 }), row({ 1, 2, 3 }) });
    expect_error(err, "MATLAB:sizeDimensionsMustMatch");
    EXPECT_EQ(err.error().raised_by, "plus");
    expect_error(call("xor", { num(NAN), num(1) }), "MATLAB:nologicalnan");
}

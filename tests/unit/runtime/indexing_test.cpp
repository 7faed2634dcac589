// Paren indexing, indexed assignment (growth, class rules, in place) and deletion, checked
// against MATLAB's results and error messages.
#include "runtime/array_util.hpp"
#include "runtime/indexing.hpp"
#include <chrono>
#include <cstdio>
#include <gtest/gtest.h>
#include <initializer_list>
#include <vector>

using namespace runmat;
using namespace runmat::runtime;

namespace {

Value num(double d) { return Value::scalar(d); }
Value row(std::vector<double> const& v) { return Value::row_vector(v); }
Value col(std::vector<double> const& v) { return Value::column_vector(v); }
Value colon() { return Value::char_row(":"); }
Value str(char const* s) { return Value::char_row(s); }

// A double array of the given dims from column-major data.
Value nd(Dims d, std::vector<double> const& data)
{
    auto a = make_ref<DoubleArray>(d);
    for (size_t i = 0; i < data.size(); ++i)
        a->data()[i] = data[i];
    return make_double(std::move(a));
}

// A matrix written row by row, as in MATLAB source: mat(2, 3, {1, 2, 3, 4, 5, 6}) is [1 2 3; 4 5 6].
Value mat(size_t r, size_t c, std::vector<double> const& by_rows)
{
    auto a = make_ref<DoubleArray>(Dims(r, c));
    for (size_t i = 0; i < r; ++i)
        for (size_t j = 0; j < c; ++j)
            a->data()[j * r + i] = by_rows[i * c + j];
    return make_double(std::move(a));
}

// 1:n reshaped to d (reshape(1:n, d)).
Value iota(Dims d)
{
    std::vector<double> v(d.numel());
    for (size_t i = 0; i < v.size(); ++i)
        v[i] = double(i + 1);
    return nd(d, v);
}

Value mask(Dims d, std::vector<int> const& bits)
{
    auto a = make_ref<LogicalArray>(d);
    for (size_t i = 0; i < bits.size(); ++i)
        a->data()[i] = uint8_t(bits[i]);
    return make_logical(std::move(a));
}
Value mrow(std::vector<int> const& bits) { return mask(Dims(1, bits.size()), bits); }

Value complex_row(std::vector<double> const& re, std::vector<double> const& im)
{
    auto a = make_ref<DoubleArray>(Dims(1, re.size()));
    a->make_complex();
    for (size_t i = 0; i < re.size(); ++i) {
        a->data()[i] = re[i];
        a->imag()[i] = im[i];
    }
    return Value::object(std::move(a));
}

std::vector<double> elems(Value const& v)
{
    NumericView nv(v);
    std::vector<double> out(nv.numel());
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = nv[i];
    return out;
}

std::vector<double> imags(Value const& v)
{
    NumericView nv(v);
    std::vector<double> out(nv.numel());
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = nv.imag(i);
    return out;
}

bool is_complex(Value const& v)
{
    auto* d = v.as_double_array();
    return d && d->is_complex();
}

Value get(Value const& base, std::vector<Value> idx)
{
    auto r = index_get(base, idx);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? Value() : r.release_value();
}

void set(Value& base, std::vector<Value> idx, Value const& rhs)
{
    auto r = index_set(base, idx, rhs);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
}

void expect_error(RuntimeError const& e, char const* id, std::string const& msg)
{
    EXPECT_EQ(e.identifier, id);
    EXPECT_EQ(e.message, msg);
}

void get_error(Value const& base, std::vector<Value> idx, char const* id, std::string const& msg)
{
    auto r = index_get(base, idx);
    ASSERT_TRUE(r.is_error());
    expect_error(r.error(), id, msg);
}

void set_error(Value& base, std::vector<Value> idx, Value const& rhs, char const* id, std::string const& msg)
{
    auto r = index_set(base, idx, rhs);
    ASSERT_TRUE(r.is_error());
    expect_error(r.error(), id, msg);
}

using V = std::vector<double>;
char const* BAD = "MATLAB:badsubscript";
std::string const BAD_MSG = "Array indices must be positive integers or logical values.";

} // namespace

// ---------------------------------------------------------------------------------------------
// Reading

TEST(IndexGet, ScalarIndexIntoVectorsAndMatrices)
{
    Value x = row({ 10, 20, 30 });
    EXPECT_TRUE(get(x, { num(2) }).is_num());
    EXPECT_EQ(get(x, { num(2) }).num(), 20);
    EXPECT_EQ(get(col({ 1, 2, 3 }), { num(3) }).num(), 3);
    Value A = mat(2, 3, { 1, 2, 3, 4, 5, 6 });
    EXPECT_EQ(get(A, { num(3) }).num(), 2); // column-major
    EXPECT_EQ(get(A, { num(2), num(3) }).num(), 6);
    EXPECT_EQ(get(A, { num(1), num(2) }).num(), 2);
}

TEST(IndexGet, EmptyArgumentListReturnsTheValue)
{
    Value x = row({ 1, 2 });
    EXPECT_EQ(elems(get(x, {})), (V { 1, 2 }));
}

TEST(IndexGet, UnboxedScalar)
{
    EXPECT_EQ(get(num(7), { num(1) }).num(), 7);
    EXPECT_EQ(get(num(7), { num(1), num(1) }).num(), 7);
    Value r = get(num(7), { row({ 1, 1, 1 }) });
    EXPECT_EQ(r.dims(), Dims(1, 3));
    EXPECT_EQ(elems(r), (V { 7, 7, 7 }));
    EXPECT_EQ(get(num(7), { col({ 1, 1 }) }).dims(), Dims(2, 1));
    get_error(num(7), { num(2) }, BAD, "Index exceeds the number of array elements. Index must not exceed 1.");
    EXPECT_TRUE(get(Value::logical(true), { num(1) }).is_bool());
}

TEST(IndexGet, LinearResultShapeFollowsVectorBase)
{
    Value x = row({ 1, 2, 3, 4 });
    EXPECT_EQ(get(x, { col({ 1, 2 }) }).dims(), Dims(1, 2)); // row base: row result
    Value c = col({ 1, 2, 3, 4 });
    EXPECT_EQ(get(c, { row({ 1, 2, 3 }) }).dims(), Dims(3, 1));
    // A matrix index gives its own shape, even into a vector.
    Value r = get(x, { mat(2, 2, { 1, 2, 3, 4 }) });
    EXPECT_EQ(r.dims(), Dims(2, 2));
    EXPECT_EQ(elems(r), (V { 1, 3, 2, 4 }));
    // A matrix base takes the index's shape.
    Value A = iota(Dims(3, 3));
    EXPECT_EQ(get(A, { row({ 1, 5 }) }).dims(), Dims(1, 2));
    EXPECT_EQ(get(A, { col({ 1, 5 }) }).dims(), Dims(2, 1));
    EXPECT_EQ(elems(get(A, { row({ 9, 1, 5 }) })), (V { 9, 1, 5 }));
}

TEST(IndexGet, ColonGivesAColumn)
{
    Value x = row({ 1, 2, 3 });
    EXPECT_EQ(get(x, { colon() }).dims(), Dims(3, 1));
    Value A = iota(Dims(2, 3));
    Value r = get(A, { colon() });
    EXPECT_EQ(r.dims(), Dims(6, 1));
    EXPECT_EQ(elems(r), (V { 1, 2, 3, 4, 5, 6 }));
    EXPECT_EQ(get(Value::empty(), { colon() }).dims(), Dims(0, 1));
}

TEST(IndexGet, EmptyIndexShapes)
{
    Value x = row({ 1, 2, 3 });
    EXPECT_EQ(get(x, { Value::empty() }).dims(), Dims(0, 0));
    EXPECT_EQ(get(x, { nd(Dims(1, 0), {}) }).dims(), Dims(1, 0));
    EXPECT_EQ(get(x, { nd(Dims(0, 1), {}) }).dims(), Dims(1, 0));
    EXPECT_EQ(get(col({ 1, 2 }), { nd(Dims(1, 0), {}) }).dims(), Dims(0, 1));
    EXPECT_EQ(get(iota(Dims(3, 3)), { Value::empty() }).dims(), Dims(0, 0));
}

TEST(IndexGet, LogicalMasks)
{
    Value x = row({ 10, 20, 30, 40 });
    Value r = get(x, { mrow({ 1, 0, 1, 1 }) });
    EXPECT_EQ(r.dims(), Dims(1, 3));
    EXPECT_EQ(elems(r), (V { 10, 30, 40 }));
    // A matrix mask over a row vector: still a row.
    EXPECT_EQ(get(x, { mask(Dims(2, 2), { 1, 1, 0, 1 }) }).dims(), Dims(1, 3));
    // Over a matrix: a column, unless the mask is a row.
    Value A = iota(Dims(3, 3));
    Value m = get(A, { mask(Dims(3, 3), { 0, 0, 0, 0, 0, 1, 1, 1, 1 }) });
    EXPECT_EQ(m.dims(), Dims(4, 1));
    EXPECT_EQ(elems(m), (V { 6, 7, 8, 9 }));
    EXPECT_EQ(get(A, { mrow({ 1, 1, 0, 1 }) }).dims(), Dims(1, 3));
    EXPECT_EQ(get(A, { mask(Dims(4, 1), { 1, 1, 0, 1 }) }).dims(), Dims(3, 1));
    EXPECT_EQ(get(A, { mask(Dims(3, 3), std::vector<int>(9, 1)) }).dims(), Dims(9, 1));
    // Scalar masks.
    EXPECT_EQ(get(x, { Value::logical(true) }).num(), 10);
    EXPECT_EQ(get(x, { Value::logical(false) }).dims(), Dims(0, 0));
    EXPECT_EQ(get(num(5), { Value::logical(false) }).dims(), Dims(0, 0));
    // A mask longer than the array: false beyond the end is fine, true is an error.
    EXPECT_EQ(elems(get(row({ 1, 2, 3 }), { mrow({ 1, 0, 1, 0, 0 }) })), (V { 1, 3 }));
    get_error(row({ 1, 2, 3 }), { mrow({ 1, 0, 0, 1 }) }, BAD,
        "The logical indices contain a true value outside of the array bounds.");
    get_error(iota(Dims(2, 2)), { mrow({ 1, 0, 1 }), num(1) }, BAD,
        "The logical indices in position 1 contain a true value outside of the array bounds.");
}

TEST(IndexGet, CharIndicesAreCodesExceptColon)
{
    std::vector<double> v(100);
    for (size_t i = 0; i < v.size(); ++i)
        v[i] = double(i + 1);
    Value x = row(v);
    EXPECT_EQ(get(x, { str("a") }).num(), 97);
    EXPECT_EQ(elems(get(x, { str("ab") })), (V { 97, 98 }));
    EXPECT_EQ(get(iota(Dims(2, 2)), { colon(), num(2) }).dims(), Dims(2, 1));
}

TEST(IndexGet, BadIndexValues)
{
    Value x = row({ 1, 2, 3 });
    get_error(x, { num(0) }, BAD, BAD_MSG);
    get_error(x, { num(-1) }, BAD, BAD_MSG);
    get_error(x, { num(1.5) }, BAD, BAD_MSG);
    get_error(x, { num(std::nan("")) }, BAD, BAD_MSG);
    get_error(x, { row({ 1, 0 }) }, BAD, BAD_MSG);
    get_error(x, { complex_row({ 1 }, { 1 }) }, BAD, BAD_MSG);
    Value A = iota(Dims(3, 4));
    get_error(A, { num(0), num(1) }, BAD, "Index in position 1 is invalid. " + BAD_MSG);
    get_error(A, { num(1), num(2.5) }, BAD, "Index in position 2 is invalid. " + BAD_MSG);
    auto fh = make_ref<FunctionHandle>();
    auto r = index_get(x, std::vector<Value> { Value::object(std::move(fh)) });
    ASSERT_TRUE(r.is_error());
    EXPECT_EQ(r.error().message, "Unable to use a value of type function_handle as an index.");
}

TEST(IndexGet, OutOfRange)
{
    get_error(row({ 1, 2, 3 }), { num(4) }, BAD, "Index exceeds the number of array elements. Index must not exceed 3.");
    get_error(row({ 1, 2, 3 }), { row({ 1, 7 }) }, BAD, "Index exceeds the number of array elements. Index must not exceed 3.");
    get_error(Value::empty(), { num(1) }, BAD, "Index exceeds the number of array elements. Index must not exceed 0.");
    get_error(row({ 1, 2, 3 }), { num(INFINITY) }, BAD, "Index exceeds the number of array elements. Index must not exceed 3.");
    Value A = iota(Dims(3, 4));
    get_error(A, { num(1), num(5) }, BAD, "Index in position 2 exceeds array bounds. Index must not exceed 4.");
    get_error(A, { num(4), num(1) }, BAD, "Index in position 1 exceeds array bounds. Index must not exceed 3.");
    get_error(A, { num(1), num(1), num(2) }, BAD, "Index in position 3 exceeds array bounds. Index must not exceed 1.");
}

TEST(IndexGet, Subscripts)
{
    Value A = mat(3, 3, { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    Value s = get(A, { row({ 1, 2 }), row({ 1, 3 }) });
    EXPECT_EQ(s.dims(), Dims(2, 2));
    EXPECT_EQ(elems(s), (V { 1, 4, 3, 6 }));
    Value c = get(A, { colon(), num(2) });
    EXPECT_EQ(c.dims(), Dims(3, 1));
    EXPECT_EQ(elems(c), (V { 2, 5, 8 }));
    Value r = get(A, { num(2), colon() });
    EXPECT_EQ(r.dims(), Dims(1, 3));
    EXPECT_EQ(elems(r), (V { 4, 5, 6 }));
    EXPECT_EQ(elems(get(A, { row({ 3, 1 }), mrow({ 0, 1, 1 }) })), (V { 8, 2, 9, 3 }));
    EXPECT_EQ(get(A, { colon(), colon() }).dims(), Dims(3, 3));
    EXPECT_EQ(get(A, { Value::empty(), colon() }).dims(), Dims(0, 3));
    // Extra trailing subscripts of 1 are fine.
    EXPECT_EQ(get(A, { num(2), num(2), num(1), num(1) }).num(), 5);
    EXPECT_EQ(get(A, { colon(), colon(), row({ 1, 1 }) }).dims(), Dims({ 3, 3, 2 }));
}

TEST(IndexGet, NdArrays)
{
    Value A = iota(Dims({ 2, 3, 4 }));
    EXPECT_EQ(get(A, { num(2), num(3), num(4) }).num(), 24);
    Value page = get(A, { colon(), colon(), num(2) });
    EXPECT_EQ(page.dims(), Dims(2, 3));
    EXPECT_EQ(elems(page), (V { 7, 8, 9, 10, 11, 12 }));
    Value slab = get(A, { num(1), colon(), colon() });
    EXPECT_EQ(slab.dims(), Dims({ 1, 3, 4 }));
    EXPECT_EQ(elems(slab)[11], 23);
    EXPECT_EQ(get(A, { num(1), num(1), colon() }).dims(), Dims({ 1, 1, 4 }));
    // Fewer subscripts than dims: the last one spans the remaining dims.
    Value merged = get(A, { colon(), num(5) });
    EXPECT_EQ(merged.dims(), Dims(2, 1));
    EXPECT_EQ(elems(merged), (V { 9, 10 }));
    EXPECT_EQ(get(A, { num(2), num(12) }).num(), 24);
    EXPECT_EQ(get(A, { colon(), colon() }).dims(), Dims(2, 12));
    get_error(A, { num(2), num(13) }, BAD, "Index in position 2 exceeds array bounds. Index must not exceed 12.");
    get_error(A, { num(1), num(1), num(1), num(2) }, BAD, "Index in position 4 exceeds array bounds. Index must not exceed 1.");
    EXPECT_EQ(get(A, { num(24) }).num(), 24);
    EXPECT_EQ(get(A, { colon() }).dims(), Dims(24, 1));
}

TEST(IndexGet, ClassesAndNormalisation)
{
    Value s = str("hello");
    Value ho = get(s, { row({ 1, 5 }) });
    ASSERT_TRUE(ho.as_char_array());
    EXPECT_EQ(ho.as_char_array()->to_utf8(), "ho");
    EXPECT_EQ(get(s, { num(2) }).as_char_array()->to_utf8(), "e");
    Value m = mrow({ 1, 0, 1 });
    EXPECT_TRUE(get(m, { num(1) }).is_bool());
    Value lr = get(m, { row({ 1, 2 }) });
    EXPECT_EQ(lr.class_id(), ClassId::Logical);
    EXPECT_EQ(lr.dims(), Dims(1, 2));
    EXPECT_TRUE(get(iota(Dims(2, 2)), { row({ 1 }), colon() }).is_object()); // 1x2 stays an array
}

TEST(IndexGet, ComplexNarrowsWhenSelectionIsReal)
{
    Value z = complex_row({ 1, 3 }, { 2, 0 });
    Value a = get(z, { num(1) });
    EXPECT_TRUE(is_complex(a));
    EXPECT_EQ(imags(a), (V { 2 }));
    Value b = get(z, { num(2) });
    EXPECT_TRUE(b.is_num());
    EXPECT_EQ(b.num(), 3);
    EXPECT_TRUE(is_complex(get(z, { colon() })));
}

TEST(IndexGet, UnsupportedClass)
{
    auto fh = make_ref<FunctionHandle>();
    Value f = Value::object(std::move(fh));
    auto r = index_get(f, std::vector<Value> { num(1) });
    ASSERT_TRUE(r.is_error());
    EXPECT_EQ(r.error().identifier, "RunMat:indexing:unsupportedClass");
}

// ---------------------------------------------------------------------------------------------
// end

TEST(IndexEnd, Values)
{
    Value A = iota(Dims({ 2, 3, 4 }));
    EXPECT_EQ(end_value(A, 0, 1), 24u);
    EXPECT_EQ(end_value(A, 0, 2), 2u);
    EXPECT_EQ(end_value(A, 1, 2), 12u);
    EXPECT_EQ(end_value(A, 1, 3), 3u);
    EXPECT_EQ(end_value(A, 2, 3), 4u);
    EXPECT_EQ(end_value(A, 3, 4), 1u);
    EXPECT_EQ(end_value(num(5), 0, 1), 1u);
    EXPECT_EQ(end_value(Value::empty(), 0, 1), 0u);
    EXPECT_EQ(end_value(str("abc"), 1, 2), 3u);
}

// ---------------------------------------------------------------------------------------------
// Assignment

TEST(IndexSet, InRange)
{
    Value x = row({ 1, 2, 3 });
    set(x, { num(2) }, num(9));
    EXPECT_EQ(elems(x), (V { 1, 9, 3 }));
    Value A = iota(Dims(2, 2));
    set(A, { num(2), num(1) }, num(0));
    EXPECT_EQ(elems(A), (V { 1, 0, 3, 4 }));
    set(A, { colon(), num(2) }, col({ 7, 8 }));
    EXPECT_EQ(elems(A), (V { 1, 0, 7, 8 }));
    set(A, { colon() }, num(5));
    EXPECT_EQ(elems(A), (V { 5, 5, 5, 5 }));
    EXPECT_EQ(A.dims(), Dims(2, 2));
    Value B = iota(Dims(2, 3));
    set(B, { colon() }, row({ 6, 5, 4, 3, 2, 1 }));
    EXPECT_EQ(B.dims(), Dims(2, 3));
    EXPECT_EQ(elems(B), (V { 6, 5, 4, 3, 2, 1 }));
    set(B, { colon(), colon() }, num(7));
    EXPECT_EQ(elems(B), (V(6, 7)));
}

TEST(IndexSet, LinearGrowth)
{
    Value x = row({ 1, 2 });
    set(x, { num(5) }, num(9));
    EXPECT_EQ(x.dims(), Dims(1, 5));
    EXPECT_EQ(elems(x), (V { 1, 2, 0, 0, 9 }));
    Value c = col({ 1, 2 });
    set(c, { num(4) }, num(9));
    EXPECT_EQ(c.dims(), Dims(4, 1));
    EXPECT_EQ(elems(c), (V { 1, 2, 0, 9 }));
    Value e = Value::empty();
    set(e, { num(3) }, num(1));
    EXPECT_EQ(e.dims(), Dims(1, 3));
    EXPECT_EQ(elems(e), (V { 0, 0, 1 }));
    Value s = num(4);
    set(s, { num(3) }, num(1));
    EXPECT_EQ(s.dims(), Dims(1, 3));
    EXPECT_EQ(elems(s), (V { 4, 0, 1 }));
    Value z = nd(Dims(0, 1), {});
    set(z, { num(2) }, num(1));
    EXPECT_EQ(z.dims(), Dims(2, 1));
    Value x2 = row({ 1, 2 });
    set(x2, { row({ 4, 3 }) }, row({ 7, 8 }));
    EXPECT_EQ(elems(x2), (V { 1, 2, 8, 7 }));
    Value e2 = Value::empty();
    set(e2, { row({ 1, 2, 3 }) }, col({ 4, 5, 6 }));
    EXPECT_EQ(e2.dims(), Dims(1, 3));
}

TEST(IndexSet, UndefinedBaseIsCreated)
{
    Value x;
    set(x, { num(3) }, num(5));
    EXPECT_EQ(x.dims(), Dims(1, 3));
    EXPECT_EQ(elems(x), (V { 0, 0, 5 }));
    Value y;
    set(y, { num(2), num(3) }, num(1));
    EXPECT_EQ(y.dims(), Dims(2, 3));
    EXPECT_EQ(elems(y), (V { 0, 0, 0, 0, 0, 1 }));
    Value z;
    set(z, { num(1) }, num(5));
    EXPECT_TRUE(z.is_num());
    Value s;
    set(s, { num(2) }, str("a"));
    EXPECT_EQ(s.class_id(), ClassId::Char);
    EXPECT_EQ(elems(s), (V { 0, 97 }));
    Value l;
    set(l, { num(2) }, Value::logical(true));
    EXPECT_EQ(l.class_id(), ClassId::Logical);
    EXPECT_EQ(elems(l), (V { 0, 1 }));
}

TEST(IndexSet, MatrixLinearGrowthIsAmbiguous)
{
    Value A = iota(Dims(2, 2));
    set_error(A, { num(7) }, num(1), "MATLAB:indexed_matrix_cannot_be_resized", "Attempt to grow array along ambiguous dimension.");
    EXPECT_EQ(A.dims(), Dims(2, 2));
    Value B = iota(Dims({ 2, 2, 2 }));
    set_error(B, { num(9) }, num(1), "MATLAB:indexed_matrix_cannot_be_resized", "Attempt to grow array along ambiguous dimension.");
    // Fewer subscripts than dims cannot grow the merged dim either.
    set_error(B, { num(1), num(5) }, num(1), "MATLAB:indexed_matrix_cannot_be_resized", "Attempt to grow array along ambiguous dimension.");
    set(B, { num(2), num(4) }, num(0)); // in range of the merged dim
    EXPECT_EQ(elems(B)[7], 0);
}

TEST(IndexSet, SubscriptGrowthZeroFills)
{
    Value A = iota(Dims(2, 2));
    set(A, { num(3), num(3) }, num(9));
    EXPECT_EQ(A.dims(), Dims(3, 3));
    EXPECT_EQ(elems(A), (V { 1, 2, 0, 3, 4, 0, 0, 0, 9 }));
    Value B = iota(Dims(2, 2));
    set(B, { num(1), num(1), num(2) }, num(5));
    EXPECT_EQ(B.dims(), Dims({ 2, 2, 2 }));
    EXPECT_EQ(elems(B), (V { 1, 2, 3, 4, 5, 0, 0, 0 }));
    Value C = iota(Dims(2, 2));
    set(C, { colon(), num(3) }, col({ 5, 6 }));
    EXPECT_EQ(C.dims(), Dims(2, 3));
    EXPECT_EQ(elems(C), (V { 1, 2, 3, 4, 5, 6 }));
    Value D = iota(Dims(2, 2));
    set(D, { num(3), colon() }, row({ 5, 6 }));
    EXPECT_EQ(elems(D), (V { 1, 2, 5, 3, 4, 6 }));
    Value s = str("ab");
    set(s, { num(2), num(3) }, str("c"));
    EXPECT_EQ(s.class_id(), ClassId::Char);
    EXPECT_EQ(s.dims(), Dims(2, 3));
    EXPECT_EQ(elems(s), (V { 97, 0, 98, 0, 0, 99 }));
    Value m = mask(Dims(2, 2), { 1, 1, 1, 1 });
    set(m, { num(3), num(1) }, Value::logical(true));
    EXPECT_EQ(m.class_id(), ClassId::Logical);
    EXPECT_EQ(elems(m), (V { 1, 1, 1, 1, 1, 0 }));
}

TEST(IndexSet, ColonsIntoEmptyTakeTheRhsShape)
{
    Value x = Value::empty();
    set(x, { colon(), num(1) }, col({ 1, 2, 3 }));
    EXPECT_EQ(x.dims(), Dims(3, 1));
    Value y = Value::empty();
    set(y, { colon(), num(1) }, row({ 1, 2, 3 }));
    EXPECT_EQ(y.dims(), Dims(3, 1));
    Value z = Value::empty();
    set(z, { colon(), num(1) }, num(5));
    EXPECT_TRUE(z.is_num());
    Value w = Value::empty();
    set(w, { num(2), colon() }, row({ 1, 2, 3 }));
    EXPECT_EQ(w.dims(), Dims(2, 3));
    EXPECT_EQ(elems(w), (V { 0, 1, 0, 2, 0, 3 }));
    Value v = Value::empty();
    set(v, { colon(), colon() }, mat(2, 2, { 1, 2, 3, 4 }));
    EXPECT_EQ(v.dims(), Dims(2, 2));
    Value p = Value::empty();
    set(p, { colon(), colon(), num(2) }, mat(2, 2, { 1, 2, 3, 4 }));
    EXPECT_EQ(p.dims(), Dims({ 2, 2, 2 }));
    // Appending columns to [] (x(:, end+1) = v).
    Value a = Value::empty();
    set(a, { colon(), num(double(end_value(a, 1, 2) + 1)) }, col({ 1, 2 }));
    set(a, { colon(), num(double(end_value(a, 1, 2) + 1)) }, col({ 3, 4 }));
    EXPECT_EQ(a.dims(), Dims(2, 2));
    EXPECT_EQ(elems(a), (V { 1, 2, 3, 4 }));
    // Not all-zero dims: a colon over a 0 extent assigns nothing.
    Value q = nd(Dims(0, 3), {});
    set(q, { colon(), num(1) }, num(5));
    EXPECT_EQ(q.dims(), Dims(0, 3));
}

TEST(IndexSet, NumelMismatch)
{
    Value x = row({ 1, 2, 3 });
    set_error(x, { row({ 1, 2 }) }, row({ 1, 2, 3 }), "MATLAB:matrix:singleSubscriptNumelMismatch",
        "Unable to perform assignment because the left and right sides have a different number of elements.");
    set_error(x, { colon() }, row({ 1, 2 }), "MATLAB:matrix:singleSubscriptNumelMismatch",
        "Unable to perform assignment because the left and right sides have a different number of elements.");
    EXPECT_EQ(elems(x), (V { 1, 2, 3 }));
    // An empty rhs that is not the literal [] is an assignment.
    auto r = index_assign(x, std::vector<Value> { num(2) }, Value::empty());
    ASSERT_TRUE(r.is_error());
    EXPECT_EQ(r.error().identifier, "MATLAB:matrix:singleSubscriptNumelMismatch");
    set(x, { Value::empty() }, nd(Dims(1, 0), {})); // zero elements on both sides
    EXPECT_EQ(elems(x), (V { 1, 2, 3 }));
}

TEST(IndexSet, SubscriptShapeMismatch)
{
    Value A = Value::object(make_ref<DoubleArray>(Dims(3, 3), 0.0));
    set_error(A, { row({ 1, 2 }), row({ 1, 2 }) }, row({ 1, 2, 3 }), "MATLAB:subsassigndimmismatch",
        "Unable to perform assignment because the size of the left side is 2-by-2 and the size of the right side is 1-by-3.");
    set_error(A, { row({ 1, 2 }), row({ 1, 2 }) }, row({ 1, 2, 3, 4 }), "MATLAB:subsassigndimmismatch",
        "Unable to perform assignment because the size of the left side is 2-by-2 and the size of the right side is 1-by-4.");
    set_error(A, { colon(), num(1), num(1) }, row({ 1, 2 }), "MATLAB:subsassigndimmismatch",
        "Unable to perform assignment because the size of the left side is 3-by-1-by-1 and the size of the right side is 1-by-2.");
    // Non-singleton dims that agree in order are accepted whatever the orientation.
    set(A, { num(1), row({ 1, 2, 3 }) }, col({ 1, 2, 3 }));
    EXPECT_EQ(elems(A), (V { 1, 0, 0, 2, 0, 0, 3, 0, 0 }));
    set(A, { row({ 2, 3 }), row({ 2, 3 }) }, mat(2, 2, { 5, 6, 7, 8 }));
    EXPECT_EQ(elems(A), (V { 1, 0, 0, 2, 5, 7, 3, 6, 8 }));
    Value B = iota(Dims({ 2, 2, 2 }));
    set(B, { num(1), colon(), colon() }, mat(2, 2, { 10, 20, 30, 40 }));
    EXPECT_EQ(elems(B), (V { 10, 2, 30, 4, 20, 6, 40, 8 }));
}

TEST(IndexSet, BadIndexValues)
{
    Value x = row({ 1, 2, 3 });
    set_error(x, { num(0) }, num(1), BAD, BAD_MSG);
    set_error(x, { num(1.5) }, num(1), BAD, BAD_MSG);
    set_error(x, { num(-2) }, num(1), BAD, BAD_MSG);
    Value A = iota(Dims(2, 2));
    set_error(A, { num(0), num(1) }, num(1), BAD, "Index in position 1 is invalid. " + BAD_MSG);
    set_error(A, { num(1), num(0.5) }, num(1), BAD, "Index in position 2 is invalid. " + BAD_MSG);
    EXPECT_EQ(elems(x), (V { 1, 2, 3 }));
}

TEST(IndexSet, LogicalMaskAssignment)
{
    Value x = row({ 1, 2, 3, 4 });
    set(x, { mrow({ 1, 0, 1, 0 }) }, num(0));
    EXPECT_EQ(elems(x), (V { 0, 2, 0, 4 }));
    set(x, { mrow({ 0, 1, 0, 1 }) }, row({ 7, 8 }));
    EXPECT_EQ(elems(x), (V { 0, 7, 0, 8 }));
    Value y = row({ 1, 2, 3 });
    set(y, { mrow({ 0, 0, 0, 0, 1 }) }, num(7)); // true past the end grows
    EXPECT_EQ(elems(y), (V { 1, 2, 3, 0, 7 }));
    Value z = row({ 1, 2, 3 });
    set(z, { mrow({ 1, 0, 0, 0, 0 }) }, num(7)); // false past the end does not
    EXPECT_EQ(z.dims(), Dims(1, 3));
    Value A = iota(Dims(2, 2));
    set(A, { mask(Dims(2, 2), { 0, 1, 1, 0 }) }, num(0));
    EXPECT_EQ(elems(A), (V { 1, 0, 0, 4 }));
}

TEST(IndexSet, ClassRules)
{
    Value l = mrow({ 1, 1 });
    set(l, { num(1) }, num(5));
    EXPECT_EQ(l.class_id(), ClassId::Double);
    EXPECT_EQ(elems(l), (V { 5, 1 }));
    Value l2 = mrow({ 1, 0 });
    set(l2, { num(2) }, Value::logical(true));
    EXPECT_EQ(l2.class_id(), ClassId::Logical);
    Value d = row({ 1, 2 });
    set(d, { num(1) }, Value::logical(true));
    EXPECT_EQ(d.class_id(), ClassId::Double);
    set(d, { num(2) }, str("a"));
    EXPECT_EQ(d.class_id(), ClassId::Double);
    EXPECT_EQ(elems(d), (V { 1, 97 }));
    Value s = str("abc");
    set(s, { num(2) }, num(66.6));
    EXPECT_EQ(s.as_char_array()->to_utf8(), "aCc");
    set(s, { num(5) }, num(66));
    EXPECT_EQ(elems(s), (V { 97, 67, 99, 0, 66 }));
    set(s, { num(1) }, Value::logical(true));
    EXPECT_EQ(s.class_id(), ClassId::Char);
    Value e = Value::empty();
    set(e, { num(3) }, str("a"));
    EXPECT_EQ(e.class_id(), ClassId::Char);
    Value e2 = Value::empty();
    set(e2, { num(2) }, Value::logical(true));
    EXPECT_EQ(e2.class_id(), ClassId::Logical);
    Value lc = mrow({ 1, 0 });
    set(lc, { num(2) }, str("a"));
    EXPECT_EQ(lc.class_id(), ClassId::Char);
    auto fh = make_ref<FunctionHandle>();
    Value f = Value::object(std::move(fh));
    Value x = row({ 1, 2 });
    set_error(x, { num(1) }, f, "MATLAB:invalidConversion", "Conversion to double from function_handle is not possible.");
    Value c = str("ab");
    set_error(c, { num(1) }, Value::complex(1, 2), "MATLAB:invalidConversion", "Complex values cannot be converted to chars.");
}

TEST(IndexSet, Complex)
{
    Value x = row({ 1, 2, 3 });
    set(x, { num(2) }, Value::complex(5, 1));
    EXPECT_TRUE(is_complex(x));
    EXPECT_EQ(elems(x), (V { 1, 5, 3 }));
    EXPECT_EQ(imags(x), (V { 0, 1, 0 }));
    set(x, { num(5) }, Value::complex(0, 2));
    EXPECT_EQ(imags(x), (V { 0, 1, 0, 0, 2 }));
    set(x, { num(2) }, num(4));
    EXPECT_TRUE(is_complex(x)); // element 5 still complex
    set(x, { num(5) }, num(4));
    EXPECT_FALSE(is_complex(x)); // all imaginary parts zero: stored real again
    EXPECT_EQ(elems(x), (V { 1, 4, 3, 0, 4 }));
    Value y;
    set(y, { num(2) }, Value::complex(1, 1));
    EXPECT_EQ(imags(y), (V { 0, 1 }));
}

TEST(IndexSet, CopyOnWrite)
{
    Value x = row({ 1, 2, 3 });
    Value y = x;
    set(x, { num(1) }, num(9));
    EXPECT_EQ(elems(y), (V { 1, 2, 3 }));
    EXPECT_EQ(elems(x), (V { 9, 2, 3 }));
    Value z = x;
    set(x, { num(4) }, num(9));
    EXPECT_EQ(elems(z), (V { 9, 2, 3 }));
    Value w = x;
    set(x, { colon(), num(2) }, num(0));
    EXPECT_EQ(elems(w), (V { 9, 2, 3, 9 }));
}

TEST(IndexSet, RhsAliasingBase)
{
    Value x = row({ 1, 2, 3 });
    set(x, { row({ 3, 2, 1 }) }, x);
    EXPECT_EQ(elems(x), (V { 3, 2, 1 }));
    set(x, { row({ 4, 5, 6 }) }, x);
    EXPECT_EQ(elems(x), (V { 3, 2, 1, 3, 2, 1 }));
}

TEST(IndexSet, InPlaceWhenUnique)
{
    Value x = Value::object(make_ref<DoubleArray>(Dims(1, 4), 0.0));
    double const* p = x.as_double_array()->data();
    set(x, { num(3) }, num(1));
    EXPECT_EQ(x.as_double_array()->data(), p);
    set(x, { row({ 1, 2 }) }, row({ 5, 6 }));
    EXPECT_EQ(x.as_double_array()->data(), p);
    // Appends stay in the same buffer while capacity allows (Buffer doubles).
    set(x, { num(5) }, num(1)); // 4 -> 5: reallocates to capacity 8
    p = x.as_double_array()->data();
    set(x, { num(6) }, num(1));
    set(x, { num(7) }, Value::logical(true)); // general path
    set(x, { row({ 8 }) }, num(1));
    EXPECT_EQ(x.as_double_array()->data(), p);
    EXPECT_EQ(x.dims(), Dims(1, 8));
    // Column appends to a matrix only extend the last dim: in place too.
    Value A = Value::object(make_ref<DoubleArray>(Dims(2, 2), 0.0));
    set(A, { colon(), num(3) }, col({ 1, 2 }));
    p = A.as_double_array()->data();
    set(A, { colon(), num(4) }, col({ 3, 4 }));
    EXPECT_EQ(A.as_double_array()->data(), p);
    EXPECT_EQ(elems(A), (V { 0, 0, 0, 0, 1, 2, 3, 4 }));
    Value M = Value::object(make_ref<DoubleArray>(Dims(3, 3), 0.0));
    p = M.as_double_array()->data();
    set(M, { num(2), num(3) }, num(1));
    set(M, { colon(), num(1) }, col({ 1, 2, 3 }));
    EXPECT_EQ(M.as_double_array()->data(), p);
}

TEST(IndexSet, NormalisesOneByOne)
{
    Value x = Value::empty();
    set(x, { num(1) }, num(5));
    EXPECT_TRUE(x.is_num());
    Value b;
    set(b, { num(1) }, Value::logical(true));
    EXPECT_TRUE(b.is_bool());
    Value s = num(3);
    set(s, { num(1) }, num(4));
    EXPECT_TRUE(s.is_num());
    EXPECT_EQ(s.num(), 4);
}

// ---------------------------------------------------------------------------------------------
// Deletion

TEST(IndexDelete, Vectors)
{
    Value x = row({ 1, 2, 3, 4, 5 });
    set(x, { num(2) }, Value::empty());
    EXPECT_EQ(x.dims(), Dims(1, 4));
    EXPECT_EQ(elems(x), (V { 1, 3, 4, 5 }));
    set(x, { mrow({ 1, 0, 1, 0 }) }, Value::empty());
    EXPECT_EQ(elems(x), (V { 3, 5 }));
    Value c = col({ 1, 2, 3 });
    set(c, { row({ 1, 1 }) }, Value::empty()); // duplicates delete once
    EXPECT_EQ(c.dims(), Dims(2, 1));
    EXPECT_EQ(elems(c), (V { 2, 3 }));
    Value r = row({ 1, 2, 3 });
    set(r, { row({ 1, 2, 3 }) }, Value::empty());
    EXPECT_EQ(r.dims(), Dims(1, 0));
    Value cc = col({ 1, 2, 3 });
    set(cc, { row({ 1, 2, 3 }) }, Value::empty());
    EXPECT_EQ(cc.dims(), Dims(0, 1));
    Value a = row({ 1, 2, 3 });
    set(a, { colon() }, Value::empty());
    EXPECT_EQ(a.dims(), Dims(0, 0));
    Value n = row({ 1, 2, 3 });
    set(n, { Value::empty() }, Value::empty());
    EXPECT_EQ(n.dims(), Dims(1, 3));
    Value s = num(5);
    set(s, { num(1) }, Value::empty());
    EXPECT_EQ(s.dims(), Dims(1, 0));
    Value one = row({ 1, 2 });
    set(one, { num(1) }, Value::empty());
    EXPECT_TRUE(one.is_num());
}

TEST(IndexDelete, MatrixLinearGivesARow)
{
    Value A = iota(Dims(3, 3));
    set(A, { row({ 1, 2 }) }, Value::empty());
    EXPECT_EQ(A.dims(), Dims(1, 7));
    EXPECT_EQ(elems(A), (V { 3, 4, 5, 6, 7, 8, 9 }));
    Value B = iota(Dims(3, 3));
    set(B, { colon() }, Value::empty());
    EXPECT_EQ(B.dims(), Dims(0, 0));
    Value C = iota(Dims(3, 3));
    set(C, { Value::empty() }, Value::empty());
    EXPECT_EQ(C.dims(), Dims(3, 3));
    Value D = iota(Dims({ 2, 2, 2 }));
    set(D, { num(3) }, Value::empty());
    EXPECT_EQ(D.dims(), Dims(1, 7));
}

TEST(IndexDelete, RowsAndColumns)
{
    Value A = mat(3, 3, { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    set(A, { colon(), num(2) }, Value::empty());
    EXPECT_EQ(A.dims(), Dims(3, 2));
    EXPECT_EQ(elems(A), (V { 1, 4, 7, 3, 6, 9 }));
    set(A, { num(1), colon() }, Value::empty());
    EXPECT_EQ(A.dims(), Dims(2, 2));
    EXPECT_EQ(elems(A), (V { 4, 7, 6, 9 }));
    Value B = mat(3, 3, { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    set(B, { mrow({ 1, 0, 1 }), colon() }, Value::empty());
    EXPECT_EQ(elems(B), (V { 4, 5, 6 }));
    // A subscript spanning its whole dimension counts as a colon.
    Value C = iota(Dims(3, 3));
    set(C, { row({ 1, 2, 3 }), num(2) }, Value::empty());
    EXPECT_EQ(C.dims(), Dims(3, 2));
    Value x = row({ 1, 2, 3, 4, 5 });
    set(x, { num(1), num(2) }, Value::empty());
    EXPECT_EQ(elems(x), (V { 1, 3, 4, 5 }));
    Value y = row({ 1, 2, 3 });
    set(y, { num(1), colon() }, Value::empty());
    EXPECT_EQ(y.dims(), Dims(0, 3));
    Value D = iota(Dims(3, 3));
    set(D, { colon(), colon() }, Value::empty());
    EXPECT_EQ(D.dims(), Dims(0, 3));
    Value E = iota(Dims(3, 3));
    set(E, { Value::empty(), colon() }, Value::empty());
    EXPECT_EQ(E.dims(), Dims(3, 3));
    set(E, { Value::empty(), num(1) }, Value::empty()); // empty before a second partial: no-op
    EXPECT_EQ(E.dims(), Dims(3, 3));
}

TEST(IndexDelete, NdArrays)
{
    Value A = iota(Dims({ 2, 3, 4 }));
    set(A, { colon(), colon(), num(2) }, Value::empty());
    EXPECT_EQ(A.dims(), Dims({ 2, 3, 3 }));
    EXPECT_EQ(get(A, { num(1), num(1), num(2) }).num(), 13);
    Value B = iota(Dims({ 2, 3, 4 }));
    set(B, { num(1), colon(), colon() }, Value::empty());
    EXPECT_EQ(B.dims(), Dims({ 1, 3, 4 }));
    EXPECT_EQ(elems(B)[0], 2);
    // Dims beyond the subscripts act as trailing colons (as Octave; not the merged 2x12).
    Value C = iota(Dims({ 2, 3, 4 }));
    set(C, { colon(), num(2) }, Value::empty());
    EXPECT_EQ(C.dims(), Dims({ 2, 2, 4 }));
    EXPECT_EQ(elems(C)[2], 5);
    EXPECT_EQ(elems(C)[4], 7);
    Value C2 = iota(Dims({ 2, 3, 4 }));
    set_error(C2, { colon(), num(5) }, Value::empty(), "MATLAB:subsdeldimmismatch", "Matrix index is out of range for deletion.");
    Value C3 = iota(Dims({ 2, 3, 4 }));
    set(C3, { num(1), colon() }, Value::empty());
    EXPECT_EQ(C3.dims(), Dims({ 1, 3, 4 }));
    Value F = iota(Dims({ 2, 2, 3, 2 }));
    set(F, { colon(), colon(), num(1) }, Value::empty());
    EXPECT_EQ(F.dims(), Dims({ 2, 2, 2, 2 }));
    EXPECT_EQ(elems(F)[0], 5);
    EXPECT_EQ(elems(F)[8], 17);
    Value D = iota(Dims({ 2, 3, 4 }));
    auto r = index_set(D, std::vector<Value> { num(1), num(2), colon() }, Value::empty());
    ASSERT_TRUE(r.is_error());
    expect_error(r.error(), "MATLAB:subsdeldimmismatch", "A null assignment can have only one non-colon index.");
}

TEST(IndexDelete, Errors)
{
    Value A = iota(Dims(3, 3));
    set_error(A, { num(1), num(2) }, Value::empty(), "MATLAB:subsdeldimmismatch", "A null assignment can have only one non-colon index.");
    set_error(A, { colon(), num(4) }, Value::empty(), "MATLAB:subsdeldimmismatch", "Matrix index is out of range for deletion.");
    Value x = row({ 1, 2, 3 });
    set_error(x, { num(4) }, Value::empty(), "MATLAB:subsdeldimmismatch", "Matrix index is out of range for deletion.");
    set_error(x, { mrow({ 0, 0, 0, 1 }) }, Value::empty(), "MATLAB:subsdeldimmismatch", "Matrix index is out of range for deletion.");
    set_error(x, { num(0) }, Value::empty(), BAD, BAD_MSG);
    EXPECT_EQ(elems(x), (V { 1, 2, 3 }));
    EXPECT_EQ(A.dims(), Dims(3, 3));
}

TEST(IndexDelete, KeepsClassAndOnlyLiteralEmptyDeletes)
{
    Value s = str("hello");
    set(s, { row({ 1, 5 }) }, Value::empty());
    EXPECT_EQ(s.as_char_array()->to_utf8(), "ell");
    Value m = mrow({ 1, 0, 1 });
    set(m, { num(2) }, Value::empty());
    EXPECT_EQ(m.class_id(), ClassId::Logical);
    EXPECT_EQ(m.dims(), Dims(1, 2));
    // Other empties are assignments.
    Value x = row({ 1, 2, 3 });
    set_error(x, { num(2) }, nd(Dims(1, 0), {}), "MATLAB:matrix:singleSubscriptNumelMismatch",
        "Unable to perform assignment because the left and right sides have a different number of elements.");
    set_error(x, { num(2) }, str(""), "MATLAB:matrix:singleSubscriptNumelMismatch",
        "Unable to perform assignment because the left and right sides have a different number of elements.");
    Value z = complex_row({ 1, 2, 3 }, { 1, 2, 3 });
    set(z, { num(2) }, Value::empty());
    EXPECT_EQ(imags(z), (V { 1, 3 }));
}

TEST(IndexDelete, InPlaceWhenUniqueAndCopyWhenShared)
{
    Value x = iota(Dims(1, 10));
    double const* p = x.as_double_array()->data();
    set(x, { num(3) }, Value::empty());
    EXPECT_EQ(x.as_double_array()->data(), p);
    Value y = x;
    set(x, { num(1) }, Value::empty());
    EXPECT_EQ(y.numel(), 9u);
    EXPECT_EQ(x.numel(), 8u);
    EXPECT_EQ(elems(y)[0], 1);
}

// ---------------------------------------------------------------------------------------------
// Micro-benchmarks (printed, not asserted).

TEST(IndexBench, AppendAndElementWrite)
{
    using Clock = std::chrono::steady_clock;
    constexpr size_t N = 1000000;
    Value x = Value::empty();
    std::vector<Value> idx(1);
    auto t0 = Clock::now();
    for (size_t i = 1; i <= N; ++i) {
        idx[0] = Value::scalar(double(end_value(x, 0, 1) + 1));
        auto r = index_set(x, idx, Value::scalar(double(i)));
        ASSERT_FALSE(r.is_error());
    }
    auto t1 = Clock::now();
    ASSERT_EQ(x.dims(), Dims(1, N));
    EXPECT_EQ(elems(x)[N - 1], double(N));

    constexpr size_t R = 1000;
    Value A = Value::object(make_ref<DoubleArray>(Dims(R, R), 0.0));
    std::vector<Value> ij(2);
    auto t2 = Clock::now();
    for (size_t j = 1; j <= R; ++j)
        for (size_t i = 1; i <= R; ++i) {
            ij[0] = Value::scalar(double(i));
            ij[1] = Value::scalar(double(j));
            auto r = index_set(A, ij, Value::scalar(double(i + j)));
            ASSERT_FALSE(r.is_error());
        }
    auto t3 = Clock::now();

    double sum = 0;
    auto t4 = Clock::now();
    for (size_t i = 1; i <= N; ++i) {
        idx[0] = Value::scalar(double(i));
        sum += index_get(x, idx).value().num();
    }
    auto t5 = Clock::now();
    EXPECT_GT(sum, 0);

    Value L = Value::object(make_ref<LogicalArray>(Dims(1, 0)));
    auto t6 = Clock::now();
    for (size_t i = 1; i <= N / 10; ++i) {
        idx[0] = Value::scalar(double(i));
        auto r = index_set(L, idx, Value::logical(true));
        ASSERT_FALSE(r.is_error());
    }
    auto t7 = Clock::now();

    auto ns = [](auto a, auto b, size_t n) { return std::chrono::duration<double, std::nano>(b - a).count() / double(n); };
    std::printf("[bench] x(end+1) = v (double, 1e6):      %.1f ns/op\n", ns(t0, t1, N));
    std::printf("[bench] A(i,j) = v (1000x1000):           %.1f ns/op\n", ns(t2, t3, R * R));
    std::printf("[bench] v = x(i) (1e6):                   %.1f ns/op\n", ns(t4, t5, N));
    std::printf("[bench] x(end+1) = true (logical, 1e5):   %.1f ns/op\n", ns(t6, t7, N / 10));
}

TEST(IndexMore, DuplicatesAndPermutations)
{
    Value A = mat(2, 3, { 1, 2, 3, 4, 5, 6 });
    Value r = get(A, { row({ 2, 2, 1 }), row({ 3, 1 }) });
    EXPECT_EQ(r.dims(), Dims(3, 2));
    EXPECT_EQ(elems(r), (V { 6, 6, 3, 4, 4, 1 }));
    set(A, { row({ 2, 1 }), row({ 1, 1 }) }, mat(2, 2, { 7, 8, 9, 10 })); // later writes win
    EXPECT_EQ(elems(A), (V { 10, 8, 2, 5, 3, 6 }));
    Value x = row({ 1, 2, 3 });
    set(x, { row({ 1, 1, 1 }) }, row({ 4, 5, 6 }));
    EXPECT_EQ(elems(x), (V { 6, 2, 3 }));
}

TEST(IndexMore, EmptyDeletionLeavesSharedArrayAlone)
{
    Value x = row({ 1, 2, 3 });
    Value y = x;
    set(x, { Value::empty() }, Value::empty());
    EXPECT_EQ(x.obj(), y.obj());
    Value b = Value::logical(true);
    set(b, { num(1) }, Value::empty());
    EXPECT_EQ(b.class_id(), ClassId::Logical);
    EXPECT_EQ(b.dims(), Dims(1, 0));
}

TEST(IndexMore, TooLargeGrowthIsAnError)
{
    Value x = row({ 1 });
    auto r = index_set(x, std::vector<Value> { num(1e15) }, num(1));
    ASSERT_TRUE(r.is_error());
    EXPECT_EQ(r.error().identifier, "MATLAB:array:SizeLimitExceeded");
    EXPECT_EQ(x.numel(), 1u);
}

TEST(IndexMore, CharAndLogicalNdAssignment)
{
    Value s = str("abcd");
    set(s, { num(1), row({ 2, 3 }) }, str("XY"));
    EXPECT_EQ(s.as_char_array()->to_utf8(), "aXYd");
    Value m = mask(Dims(2, 2), { 0, 0, 0, 0 });
    set(m, { colon(), num(2) }, mask(Dims(2, 1), { 1, 1 }));
    EXPECT_EQ(m.class_id(), ClassId::Logical);
    EXPECT_EQ(elems(m), (V { 0, 0, 1, 1 }));
    set(m, { num(1), num(1), num(2) }, Value::logical(true));
    EXPECT_EQ(m.dims(), Dims({ 2, 2, 2 }));
    EXPECT_EQ(elems(m), (V { 0, 0, 1, 1, 1, 0, 0, 0 }));
}

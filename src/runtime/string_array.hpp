// The string class: N-d arrays of UTF-8 text elements, each possibly <missing>, with
// copy-on-write like every array. The hooks the operators, indexing, concatenation and display
// call for string operands live here too; they know nothing of the VM.
#pragma once
#include "runtime/builtin.hpp"
#include "runtime/ops.hpp"
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace runmat::runtime {

// A dense column-major N-d array of strings (class "string"). `"abc"` is a 1x1 StringArray;
// `""` is a 1x1 StringArray holding the empty text (not an empty array).
class StringArray final : public HeapObject {
public:
    explicit StringArray(Dims d) : HeapObject(ClassId::String), m_dims(d), m_data(d.numel()) { }
    HeapObject* clone() const override { return new StringArray(*this); }
    Dims dims() const override { return m_dims; }
    Dims const& shape() const { return m_dims; }
    size_t numel() const { return m_data.size(); }
    std::string& at(size_t i) { return m_data[i]; }
    std::string const& at(size_t i) const { return m_data[i]; }
    bool is_missing(size_t i) const { return !m_missing.empty() && m_missing[i]; }
    bool any_missing() const;
    // Element i becomes <missing> (its text is cleared) or a present value.
    void set_missing(size_t i, bool missing);
    void set(size_t i, std::string text)
    {
        m_data[i] = std::move(text);
        if (!m_missing.empty())
            m_missing[i] = 0;
    }
    // Same element order, new shape (numel must not change).
    void set_shape(Dims d) { m_dims = d; }
    // New shape keeping the element order; added elements are "" (amortised O(1) growth of a
    // vector, for s(end+1) = "x").
    void resize(Dims d)
    {
        m_dims = d;
        m_data.resize(d.numel());
        if (!m_missing.empty())
            m_missing.resize(d.numel(), 0);
    }

private:
    Dims m_dims;
    std::vector<std::string> m_data;
    std::vector<uint8_t> m_missing; // empty while no element is missing (the common case)
};

// MATLAB's `missing`: the class-less missing value; converts to <missing> in a string array
// and NaN in double.
class MissingValue final : public Object {
public:
    std::string_view class_name() const override { return "missing"; }
    HeapObject* clone() const override { return new MissingValue(*this); }
};

inline StringArray* as_string_array(Value const& v)
{
    return v.is_object() && v.obj()->class_id() == ClassId::String ? static_cast<StringArray*>(v.obj()) : nullptr;
}
bool is_missing_value(Value const& v); // a MissingValue object

Value make_string(std::string text);            // 1x1 string
Value make_missing_string();                    // 1x1 <missing>
Value make_string_array(Ref<StringArray> a);

// string(x) for one value: char rows (a char matrix gives a column of its rows), cellstr,
// numbers (number_text), logical ("true"/"false"), missing. Errors for other classes.
Result<Value> to_string_value(Value const& v);
// The text string(x) gives a double: integers in full below 1e10, otherwise 5 significant
// digits in %g style ("3.1416", "1e+10", "0.1").
std::string number_text(double x);
// The elements of a string array as char rows ("" for <missing>).
std::u16string string_element_utf16(StringArray const& s, size_t i);

// Operator hooks (ops.cpp dispatches here when an operand is a string): + concatenates
// element-wise with implicit expansion, relational operators compare text; others error.
Result<Value> string_binary_op(BinOp op, Value const& a, Value const& b);
Result<Value> string_transpose(Value const& a);
// isequal for operands one of which is a string (char and cellstr compare as text).
bool string_values_equal(Value const& a, Value const& b);
// switch: a string subject against a case value (text, or a cell of texts).
bool string_case_match(Value const& subject, Value const& value);

// Indexing hooks (indexing.cpp, cell_ops.cpp): same subscript rules and messages as arrays;
// growth fills with <missing>; s{i} is the element as a char row.
Result<Value> string_index_get(Value const& base, std::span<Value const> idx);
VoidResult string_index_assign(Value& base, std::span<Value const> idx, Value const& rhs);
VoidResult string_index_delete(Value& base, std::span<Value const> idx);
Result<std::vector<Value>> string_brace_get(Value const& base, std::span<Value const> idx);
VoidResult string_brace_set(Value& base, std::span<Value const> idx, Value const& rhs);
// [a, b] / cat with a string part: every other part converts as string(x) does.
Result<Value> string_cat(size_t dim /* 1-based */, std::span<Value const> parts);

// Display (display_strings.cpp).
std::string display_string(std::string_view name, Value const& v, FormatOptions const& fmt);
std::string disp_string(Value const& v, FormatOptions const& fmt);
// One element as it shows inside a display: "abc" quoted, or <missing>.
std::string string_element_display(StringArray const& s, size_t i);

} // namespace runmat::runtime

// StructArray: MATLAB's struct class. An N-d array of records sharing one ordered list of
// field names (insertion order, as fieldnames() reports them). Knows nothing about the VM,
// display or indexing syntax; cell_ops.* builds s(i), s.a and [s.x] on top of it.
#pragma once
#include "runtime/value.hpp"
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace runmat::runtime {

// Values are stored element-major: element e's field f is m_values[e * nfields + f], so the
// common 1x1 struct is one small vector and `s.new = v` on it appends in place.
class StructArray final : public HeapObject {
public:
    explicit StructArray(Dims d) : HeapObject(ClassId::Struct), m_dims(d) { }
    HeapObject* clone() const override { return new StructArray(*this); }
    Dims dims() const override { return m_dims; }
    Dims const& shape() const { return m_dims; }
    size_t numel() const { return m_dims.numel(); }
    size_t nfields() const { return m_names.size(); }
    std::vector<std::string> const& field_names() const { return m_names; }
    std::optional<size_t> field_index(std::string_view name) const;

    // Append a field (its value [] in every element); returns its index. An existing field's
    // index is returned unchanged.
    size_t add_field(std::string_view name);
    void remove_field(size_t f);
    // Reorder fields: order[i] is the old index of the new field i.
    void permute_fields(std::vector<size_t> const& order);

    Value& at(size_t elem, size_t field) { return m_values[elem * m_names.size() + field]; }
    Value const& at(size_t elem, size_t field) const { return m_values[elem * m_names.size() + field]; }
    // Reshape to `d` keeping the element order; new elements get [] in every field.
    void resize(Dims d);
    // Copy element `from_elem` of `src` (which must have the same field names) into `elem`.
    void copy_element(size_t elem, StructArray const& src, size_t from_elem);

private:
    Dims m_dims;
    std::vector<std::string> m_names;
    std::vector<Value> m_values;
};

inline StructArray* as_struct(Value const& v)
{
    return v.is_object() && v.obj()->class_id() == ClassId::Struct ? static_cast<StructArray*>(v.obj()) : nullptr;
}
inline CellArray* as_cell_array(Value const& v)
{
    return v.is_object() && v.obj()->class_id() == ClassId::Cell ? static_cast<CellArray*>(v.obj()) : nullptr;
}

// A 1x1 struct with no fields.
Ref<StructArray> new_struct(Dims d = Dims(1, 1));

// MATLAB's rule for field names (isvarname): a letter, then letters, digits, underscores;
// at most 63 characters.
bool is_valid_field_name(std::string_view name);

} // namespace runmat::runtime

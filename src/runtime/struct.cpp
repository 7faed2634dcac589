// StructArray storage: field lookup, adding/removing fields, reshaping.
#include "runtime/struct.hpp"
#include <cctype>

namespace runmat::runtime {

std::optional<size_t> StructArray::field_index(std::string_view name) const
{
    for (size_t i = 0; i < m_names.size(); ++i)
        if (m_names[i] == name)
            return i;
    return std::nullopt;
}

size_t StructArray::add_field(std::string_view name)
{
    if (auto f = field_index(name))
        return *f;
    size_t nf = m_names.size(), n = numel();
    m_names.emplace_back(name);
    if (n == 1) { // the common case: append in place
        m_values.push_back(Value::empty());
        return nf;
    }
    std::vector<Value> fresh(n * (nf + 1));
    for (size_t e = 0; e < n; ++e) {
        for (size_t f = 0; f < nf; ++f)
            fresh[e * (nf + 1) + f] = std::move(m_values[e * nf + f]);
        fresh[e * (nf + 1) + nf] = Value::empty();
    }
    m_values = std::move(fresh);
    return nf;
}

void StructArray::remove_field(size_t field)
{
    size_t nf = m_names.size(), n = numel();
    std::vector<Value> fresh;
    fresh.reserve(n * (nf - 1));
    for (size_t e = 0; e < n; ++e)
        for (size_t f = 0; f < nf; ++f)
            if (f != field)
                fresh.push_back(std::move(m_values[e * nf + f]));
    m_values = std::move(fresh);
    m_names.erase(m_names.begin() + static_cast<std::ptrdiff_t>(field));
}

void StructArray::permute_fields(std::vector<size_t> const& order)
{
    size_t nf = m_names.size(), n = numel();
    std::vector<Value> fresh(m_values.size());
    std::vector<std::string> names(nf);
    for (size_t i = 0; i < nf; ++i)
        names[i] = m_names[order[i]];
    for (size_t e = 0; e < n; ++e)
        for (size_t i = 0; i < nf; ++i)
            fresh[e * nf + i] = std::move(m_values[e * nf + order[i]]);
    m_values = std::move(fresh);
    m_names = std::move(names);
}

void StructArray::resize(Dims d)
{
    size_t old = m_values.size();
    m_dims = d;
    m_values.resize(d.numel() * m_names.size());
    for (size_t i = old; i < m_values.size(); ++i)
        m_values[i] = Value::empty();
}

void StructArray::copy_element(size_t elem, StructArray const& src, size_t from_elem)
{
    for (size_t f = 0; f < m_names.size(); ++f)
        at(elem, f) = src.at(from_elem, f);
}

Ref<StructArray> new_struct(Dims d)
{
    return make_ref<StructArray>(d);
}

bool is_valid_field_name(std::string_view name)
{
    if (name.empty() || name.size() > 63 || !std::isalpha(static_cast<unsigned char>(name[0])))
        return false;
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
            return false;
    return true;
}

} // namespace runmat::runtime

#include "runtime/dims.hpp"

namespace runmat::runtime {

void Dims::assign(size_t const* d, size_t n)
{
    if (n < 2) {
        m_n = 2;
        m_inline[0] = n >= 1 ? d[0] : 0;
        m_inline[1] = n >= 1 ? 1 : 0;
        return;
    }
    m_n = static_cast<uint32_t>(n);
    if (n <= INLINE) {
        for (size_t i = 0; i < n; ++i)
            m_inline[i] = d[i];
        m_heap.clear();
    } else {
        m_heap.assign(d, d + n);
    }
    normalize();
}

void Dims::normalize()
{
    size_t n = m_n;
    std::vector<size_t> v(data(), data() + n);
    while (n > 2 && v[n - 1] == 1)
        --n;
    m_n = static_cast<uint32_t>(n);
    if (n <= INLINE) {
        for (size_t i = 0; i < n; ++i)
            m_inline[i] = v[i];
        m_heap.clear();
    } else {
        v.resize(n);
        m_heap = std::move(v);
    }
}

void Dims::set(size_t i, size_t v)
{
    std::vector<size_t> d = to_vector();
    if (i >= d.size())
        d.resize(i + 1, 1);
    d[i] = v;
    assign(d.data(), d.size());
}

bool Dims::operator==(Dims const& o) const
{
    if (m_n != o.m_n)
        return false;
    for (size_t i = 0; i < m_n; ++i)
        if (data()[i] != o.data()[i])
            return false;
    return true;
}

std::string Dims::to_string() const
{
    std::string s;
    for (size_t i = 0; i < m_n; ++i) {
        if (i)
            s += 'x';
        s += std::to_string(data()[i]);
    }
    return s;
}

} // namespace runmat::runtime

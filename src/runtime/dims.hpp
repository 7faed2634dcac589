// Dims: the size vector of a MATLAB array (always at least 2 entries, trailing singleton
// dimensions beyond the second are dropped). Small inline storage; no heap for ndims <= 4.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace runmat::runtime {

class Dims {
public:
    static constexpr size_t INLINE = 4;
    Dims() : m_n(2) { m_inline[0] = m_inline[1] = 0; }
    Dims(size_t rows, size_t cols) : m_n(2) { m_inline[0] = rows; m_inline[1] = cols; }
    Dims(std::initializer_list<size_t> list) { assign(list.begin(), list.size()); }
    explicit Dims(std::vector<size_t> const& v) { assign(v.data(), v.size()); }
    static Dims from(size_t const* data, size_t n) { Dims d; d.assign(data, n); return d; }

    size_t ndims() const { return m_n; }
    size_t operator[](size_t i) const { return i < m_n ? data()[i] : 1; } // beyond ndims: 1
    size_t rows() const { return data()[0]; }
    size_t cols() const { return data()[1]; }
    size_t numel() const
    {
        size_t n = 1;
        for (size_t i = 0; i < m_n; ++i)
            n *= data()[i];
        return n;
    }
    bool is_empty() const { return numel() == 0; }
    bool is_scalar() const { return numel() == 1 && m_n == 2; }
    bool is_matrix() const { return m_n == 2; }
    bool is_vector() const { return m_n == 2 && (data()[0] == 1 || data()[1] == 1); }
    bool is_row() const { return m_n == 2 && data()[0] == 1; }
    bool is_column() const { return m_n == 2 && data()[1] == 1; }
    // Set dimension i (growing ndims as needed), then drop trailing singletons.
    void set(size_t i, size_t v);
    std::vector<size_t> to_vector() const { return std::vector<size_t>(data(), data() + m_n); }
    size_t const* data() const { return m_n <= INLINE ? m_inline : m_heap.data(); }
    bool operator==(Dims const& o) const;
    bool operator!=(Dims const& o) const { return !(*this == o); }
    // "3x4", "2x3x5" as MATLAB prints sizes in messages and displays.
    std::string to_string() const;

private:
    void assign(size_t const* d, size_t n);
    void normalize();
    uint32_t m_n = 2;
    size_t m_inline[INLINE] {};
    std::vector<size_t> m_heap; // used when ndims > INLINE
};

} // namespace runmat::runtime

// Pool: size-classed free lists for the small objects every async task allocates (its task
// block, cancel state, machine, handle, sleep). Blocks are carved from 64 KiB slabs and return
// to the free list of the thread that frees them; slabs are never given back (the next tasks
// reuse them). Against malloc: no per-object header, sizes rounded to 16 bytes only, and a
// few instructions per allocation. Under AddressSanitizer every call goes to operator new and
// delete, so use-after-free stays detectable.
#pragma once
#include <cstddef>
#include <new>

namespace runmat::pool {

// Sizes above this go to operator new.
constexpr size_t MAX_POOLED = 512;

void* allocate(size_t size);
void deallocate(void* p, size_t size) noexcept;

// For std::allocate_shared (one pooled block for the object and its control block).
template <typename T>
struct Allocator {
    using value_type = T;
    Allocator() = default;
    template <typename U>
    Allocator(Allocator<U> const&) noexcept { }
    T* allocate(size_t n) { return static_cast<T*>(pool::allocate(n * sizeof(T))); }
    void deallocate(T* p, size_t n) noexcept { pool::deallocate(p, n * sizeof(T)); }
    template <typename U>
    bool operator==(Allocator<U> const&) const noexcept { return true; }
};

} // namespace runmat::pool

// In a class: its objects come from the pool (`delete` through a virtual destructor finds the
// dynamic class's operator delete, with its size).
#define RUNMAT_POOLED_CLASS                                                                     \
    static void* operator new(size_t size) { return ::runmat::pool::allocate(size); }         \
    static void operator delete(void* p, size_t size) noexcept { ::runmat::pool::deallocate(p, size); }

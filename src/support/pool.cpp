// Pool: per-thread free lists per 16-byte size class, refilled a 64 KiB slab at a time.
#include "support/pool.hpp"
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__)
#define RUNMAT_POOL_PASSTHROUGH 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RUNMAT_POOL_PASSTHROUGH 1
#endif
#endif

namespace runmat::pool {

#ifdef RUNMAT_POOL_PASSTHROUGH

void* allocate(size_t size) { return ::operator new(size); }
void deallocate(void* p, size_t) noexcept { ::operator delete(p); }

#else

namespace {

constexpr size_t GRAIN = 16;
constexpr size_t CLASSES = MAX_POOLED / GRAIN;
constexpr size_t SLAB = 64 * 1024;

struct FreeBlock {
    FreeBlock* next;
};

// Blocks freed on a thread are reused by that thread: no locking anywhere. A thread that ends
// leaves its free blocks behind (the slabs stay allocated), which is fine for the few threads
// a process runs.
thread_local FreeBlock* t_free[CLASSES];

size_t class_of(size_t size) { return (size + GRAIN - 1) / GRAIN - 1; }

FreeBlock* refill(size_t cls)
{
    size_t block = (cls + 1) * GRAIN;
    char* slab = static_cast<char*>(std::malloc(SLAB));
    if (!slab)
        throw std::bad_alloc();
    FreeBlock* head = nullptr;
    for (size_t off = SLAB / block * block; off >= block; off -= block) {
        auto* b = reinterpret_cast<FreeBlock*>(slab + off - block);
        b->next = head;
        head = b;
    }
    return head;
}

} // namespace

void* allocate(size_t size)
{
    if (size == 0 || size > MAX_POOLED)
        return ::operator new(size);
    size_t cls = class_of(size);
    FreeBlock* b = t_free[cls];
    if (!b)
        b = refill(cls);
    t_free[cls] = b->next;
    return b;
}

void deallocate(void* p, size_t size) noexcept
{
    if (!p)
        return;
    if (size == 0 || size > MAX_POOLED) {
        ::operator delete(p);
        return;
    }
    size_t cls = class_of(size);
    auto* b = static_cast<FreeBlock*>(p);
    b->next = t_free[cls];
    t_free[cls] = b;
}

#endif

} // namespace runmat::pool

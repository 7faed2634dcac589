// Pool: blocks are distinct while live, reused after free within a size class, and sizes the
// pool does not serve go to operator new.
#include "support/pool.hpp"
#include <gtest/gtest.h>
#include <cstring>
#include <memory>
#include <set>
#include <vector>

using namespace runmat;

TEST(Pool, LiveBlocksAreDistinctAndWritable)
{
    std::vector<void*> blocks;
    std::set<void*> seen;
    for (int i = 0; i < 10000; ++i) { // more than one slab
        void* p = pool::allocate(100);
        std::memset(p, i & 0xff, 100);
        EXPECT_TRUE(seen.insert(p).second);
        blocks.push_back(p);
    }
    for (size_t i = 0; i < blocks.size(); ++i)
        EXPECT_EQ(static_cast<unsigned char*>(blocks[i])[99], static_cast<unsigned char>(i & 0xff));
    for (void* p : blocks)
        pool::deallocate(p, 100);
}

TEST(Pool, FreedBlockIsReusedBySameSizeClass)
{
    void* a = pool::allocate(200);
    pool::deallocate(a, 200);
    void* b = pool::allocate(193); // 193..208 share a class
#if !defined(__SANITIZE_ADDRESS__)
    EXPECT_EQ(a, b);
#endif
    pool::deallocate(b, 193);
}

TEST(Pool, LargeAndZeroSizesPassThrough)
{
    void* big = pool::allocate(pool::MAX_POOLED + 1);
    std::memset(big, 1, pool::MAX_POOLED + 1);
    pool::deallocate(big, pool::MAX_POOLED + 1);
    void* zero = pool::allocate(0);
    EXPECT_NE(zero, nullptr);
    pool::deallocate(zero, 0);
    pool::deallocate(nullptr, 64); // no-op
}

namespace {
struct Counted {
    static inline int live = 0;
    explicit Counted(int v) : value(v) { ++live; }
    ~Counted() { --live; }
    int value;
};
struct PooledThing {
    RUNMAT_POOLED_CLASS
    virtual ~PooledThing() = default;
    double payload[10] {};
};
struct PooledDerived final : PooledThing {
    RUNMAT_POOLED_CLASS
    double more[20] {};
};
} // namespace

TEST(Pool, AllocateSharedThroughThePool)
{
    {
        auto p = std::allocate_shared<Counted>(pool::Allocator<Counted>(), 7);
        std::weak_ptr<Counted> w = p;
        EXPECT_EQ(p->value, 7);
        EXPECT_EQ(Counted::live, 1);
        p.reset();
        EXPECT_TRUE(w.expired());
    }
    EXPECT_EQ(Counted::live, 0);
}

TEST(Pool, PooledClassDeletedThroughBaseUsesDynamicSize)
{
    std::unique_ptr<PooledThing> a = std::make_unique<PooledDerived>();
    std::unique_ptr<PooledThing> b = std::make_unique<PooledThing>();
    a.reset(); // the derived class's operator delete, with the derived size
    b.reset();
    auto c = std::make_unique<PooledDerived>();
    c->more[19] = 1;
    EXPECT_EQ(c->more[19], 1);
}

// Value: a MATLAB value. Unboxed real double and logical scalars; everything else lives in a
// reference-counted HeapObject with copy-on-write (MATLAB value semantics). Single-threaded:
// values never cross threads (tasks run on one executor thread), so refcounts are plain ints.
#pragma once
#include "runtime/dims.hpp"
#include "support/result.hpp"
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace runmat::runtime {

// MATLAB classes. Issue-2 values use Double, Logical, Char, FunctionHandle; the rest slot in.
enum class ClassId : uint8_t {
    Double, Single, Logical, Char, String,
    Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64,
    Cell, Struct, FunctionHandle, Future, Task, Object,
};
std::string_view class_name(ClassId id); // "double", "logical", "char", "function_handle", ...
inline bool is_integer_class(ClassId c) { return c >= ClassId::Int8 && c <= ClassId::UInt64; }
inline bool is_numeric_class(ClassId c) { return c == ClassId::Double || c == ClassId::Single || is_integer_class(c); }

class Value;

// Intrusively reference-counted heap object. ref()/unref() are not thread-safe by design.
class HeapObject {
public:
    explicit HeapObject(ClassId c) : m_class(c) { }
    virtual ~HeapObject() = default;
    HeapObject(HeapObject const& o) : m_class(o.m_class) { }
    HeapObject& operator=(HeapObject const&) = delete;

    ClassId class_id() const { return m_class; }
    void ref() const { ++m_refs; }
    void unref() const
    {
        if (--m_refs == 0)
            delete this;
    }
    uint32_t ref_count() const { return m_refs; }
    bool is_unique() const { return m_refs == 1; }
    virtual Dims dims() const { return Dims(1, 1); }
    // Deep-enough copy for copy-on-write (elements copied; nested Values shared).
    virtual HeapObject* clone() const = 0;

private:
    mutable uint32_t m_refs = 1;
    ClassId m_class;
};

// Owning pointer to a HeapObject subclass (intrusive refcount). Ref<T>(new T(...)) adopts.
template <typename T>
class Ref {
public:
    Ref() = default;
    explicit Ref(T* adopt) : m_ptr(adopt) { }
    Ref(Ref const& o) : m_ptr(o.m_ptr) { if (m_ptr) m_ptr->ref(); }
    Ref(Ref&& o) noexcept : m_ptr(std::exchange(o.m_ptr, nullptr)) { }
    template <typename U>
    Ref(Ref<U>&& o) noexcept : m_ptr(o.leak()) { }
    ~Ref() { if (m_ptr) m_ptr->unref(); }
    Ref& operator=(Ref o) noexcept { std::swap(m_ptr, o.m_ptr); return *this; }
    T* get() const { return m_ptr; }
    T* operator->() const { return m_ptr; }
    T& operator*() const { return *m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    T* leak() { return std::exchange(m_ptr, nullptr); }

private:
    T* m_ptr = nullptr;
};
template <typename T, typename... Args>
Ref<T> make_ref(Args&&... args) { return Ref<T>(new T(std::forward<Args>(args)...)); }

// Growable storage without value-initialisation for trivial T (large arrays are not
// zero-filled twice). Capacity grows geometrically so x(end+1) = v is amortised O(1).
template <typename T>
class Buffer {
public:
    Buffer() = default;
    explicit Buffer(size_t n) { resize_uninit(n); }
    Buffer(size_t n, T fill) { resize_uninit(n); std::fill(m_data, m_data + n, fill); }
    Buffer(Buffer const& o) { resize_uninit(o.m_size); if (m_size) std::memcpy(m_data, o.m_data, m_size * sizeof(T)); }
    Buffer(Buffer&& o) noexcept : m_data(std::exchange(o.m_data, nullptr)), m_size(std::exchange(o.m_size, 0)), m_cap(std::exchange(o.m_cap, 0)) { }
    Buffer& operator=(Buffer o) noexcept { swap(o); return *this; }
    ~Buffer() { ::operator delete(m_data); }
    void swap(Buffer& o) noexcept { std::swap(m_data, o.m_data); std::swap(m_size, o.m_size); std::swap(m_cap, o.m_cap); }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T* data() { return m_data; }
    T const* data() const { return m_data; }
    T& operator[](size_t i) { return m_data[i]; }
    T const& operator[](size_t i) const { return m_data[i]; }
    T* begin() { return m_data; }
    T* end() { return m_data + m_size; }
    T const* begin() const { return m_data; }
    T const* end() const { return m_data + m_size; }
    void reserve(size_t n)
    {
        if (n <= m_cap)
            return;
        T* p = static_cast<T*>(::operator new(n * sizeof(T)));
        if (m_size)
            std::memcpy(p, m_data, m_size * sizeof(T));
        ::operator delete(m_data);
        m_data = p;
        m_cap = n;
    }
    // New elements (beyond the old size) are uninitialised.
    void resize_uninit(size_t n)
    {
        if (n > m_cap)
            reserve(n > m_cap * 2 ? n : m_cap * 2);
        m_size = n;
    }
    // New elements are set to `fill`.
    void resize(size_t n, T fill = T())
    {
        size_t old = m_size;
        resize_uninit(n);
        for (size_t i = old; i < n; ++i)
            m_data[i] = fill;
    }
    void push_back(T v)
    {
        if (m_size == m_cap)
            reserve(m_cap ? m_cap * 2 : 4);
        m_data[m_size++] = v;
    }
    void clear() { m_size = 0; }

private:
    T* m_data = nullptr;
    size_t m_size = 0;
    size_t m_cap = 0;
};

// A dense column-major N-d array of T. `data.size() == dims.numel()` always.
template <typename T>
class DenseArray : public HeapObject {
public:
    using Element = T;
    DenseArray(ClassId c, Dims d) : HeapObject(c), m_dims(d), m_data(d.numel()) { }
    DenseArray(ClassId c, Dims d, T fill) : HeapObject(c), m_dims(d), m_data(d.numel(), fill) { }
    Dims dims() const override { return m_dims; }
    Dims const& shape() const { return m_dims; }
    size_t numel() const { return m_data.size(); }
    T* data() { return m_data.data(); }
    T const* data() const { return m_data.data(); }
    Buffer<T>& buffer() { return m_data; }
    Buffer<T> const& buffer() const { return m_data; }
    // Change the shape; the caller keeps data.size() == numel (resize the buffer first/after).
    void set_shape(Dims d) { m_dims = d; }

protected:
    Dims m_dims;
    Buffer<T> m_data;
};

// double, real or complex (split storage: imag is empty for real arrays).
class DoubleArray final : public DenseArray<double> {
public:
    explicit DoubleArray(Dims d) : DenseArray(ClassId::Double, d) { }
    DoubleArray(Dims d, double fill) : DenseArray(ClassId::Double, d, fill) { }
    HeapObject* clone() const override { return new DoubleArray(*this); }
    bool is_complex() const { return m_imag.size() != 0; }
    double* imag() { return m_imag.data(); }
    double const* imag() const { return m_imag.data(); }
    Buffer<double>& imag_buffer() { return m_imag; }
    Buffer<double> const& imag_buffer() const { return m_imag; }
    // Allocate a zero imaginary part (no-op if already complex).
    void make_complex() { if (!is_complex()) m_imag = Buffer<double>(numel(), 0.0); }
    // Drop the imaginary part.
    void make_real() { m_imag = Buffer<double>(); }

private:
    Buffer<double> m_imag;
};

class LogicalArray final : public DenseArray<uint8_t> {
public:
    explicit LogicalArray(Dims d) : DenseArray(ClassId::Logical, d) { }
    LogicalArray(Dims d, uint8_t fill) : DenseArray(ClassId::Logical, d, fill) { }
    HeapObject* clone() const override { return new LogicalArray(*this); }
};

// MATLAB char arrays hold UTF-16 code units.
class CharArray final : public DenseArray<char16_t> {
public:
    explicit CharArray(Dims d) : DenseArray(ClassId::Char, d) { }
    CharArray(Dims d, char16_t fill) : DenseArray(ClassId::Char, d, fill) { }
    HeapObject* clone() const override { return new CharArray(*this); }
    std::string to_utf8() const; // all elements, column-major
};

// The integer classes: IntArray<int8_t> is class int8, ..., IntArray<uint64_t> uint64. Scalars
// stay 1x1 arrays (only double and logical scalars are unboxed). Real only: complex integers
// are not supported.
template <typename T>
constexpr ClassId int_class_of()
{
    if constexpr (std::is_same_v<T, int8_t>) return ClassId::Int8;
    else if constexpr (std::is_same_v<T, int16_t>) return ClassId::Int16;
    else if constexpr (std::is_same_v<T, int32_t>) return ClassId::Int32;
    else if constexpr (std::is_same_v<T, int64_t>) return ClassId::Int64;
    else if constexpr (std::is_same_v<T, uint8_t>) return ClassId::UInt8;
    else if constexpr (std::is_same_v<T, uint16_t>) return ClassId::UInt16;
    else if constexpr (std::is_same_v<T, uint32_t>) return ClassId::UInt32;
    else return ClassId::UInt64;
}

template <typename T>
class IntArray final : public DenseArray<T> {
public:
    static constexpr ClassId CLASS = int_class_of<T>();
    explicit IntArray(Dims d) : DenseArray<T>(CLASS, d) { }
    IntArray(Dims d, T fill) : DenseArray<T>(CLASS, d, fill) { }
    HeapObject* clone() const override { return new IntArray(*this); }
};
using Int8Array = IntArray<int8_t>;
using Int16Array = IntArray<int16_t>;
using Int32Array = IntArray<int32_t>;
using Int64Array = IntArray<int64_t>;
using UInt8Array = IntArray<uint8_t>;
using UInt16Array = IntArray<uint16_t>;
using UInt32Array = IntArray<uint32_t>;
using UInt64Array = IntArray<uint64_t>;

// single: real single-precision arrays (complex single is not supported yet).
class SingleArray final : public DenseArray<float> {
public:
    explicit SingleArray(Dims d) : DenseArray(ClassId::Single, d) { }
    SingleArray(Dims d, float fill) : DenseArray(ClassId::Single, d, fill) { }
    HeapObject* clone() const override { return new SingleArray(*this); }
};

class FunctionHandle;

// The value. Rep::Undefined marks an unassigned variable slot (never a MATLAB-visible value).
class Value {
public:
    enum class Rep : uint8_t { Undefined, Num, Bool, Obj };

    Value() : m_rep(Rep::Undefined) { m_obj = nullptr; }
    Value(Value const& o) : m_rep(o.m_rep) { copy_payload(o); }
    Value(Value&& o) noexcept : m_rep(o.m_rep) { std::memcpy(&m_num, &o.m_num, sizeof(m_num)); o.m_rep = Rep::Undefined; }
    Value& operator=(Value const& o)
    {
        if (this != &o) {
            if (o.m_rep == Rep::Obj)
                o.m_obj->ref();
            release();
            m_rep = o.m_rep;
            std::memcpy(&m_num, &o.m_num, sizeof(m_num));
        }
        return *this;
    }
    Value& operator=(Value&& o) noexcept
    {
        if (this != &o) {
            release();
            m_rep = o.m_rep;
            std::memcpy(&m_num, &o.m_num, sizeof(m_num));
            o.m_rep = Rep::Undefined;
        }
        return *this;
    }
    ~Value() { release(); }

    // Constructors. scalar()/logical() are unboxed. object() adopts a reference.
    static Value scalar(double d) { Value v; v.m_rep = Rep::Num; v.m_num = d; return v; }
    static Value logical(bool b) { Value v; v.m_rep = Rep::Bool; v.m_bool = b; return v; }
    template <typename T>
    static Value object(Ref<T> r) { Value v; v.m_obj = r.leak(); v.m_rep = v.m_obj ? Rep::Obj : Rep::Undefined; return v; }
    static Value empty();                               // [] : 0x0 double
    static Value complex(double re, double im);         // 1x1 complex double (stays complex even if im == 0)
    static Value char_row(std::string_view utf8);       // 'text' as a 1xN char row ('' is 0x0)
    static Value row_vector(std::vector<double> const& v);
    static Value column_vector(std::vector<double> const& v);

    // Overwrite in place with an unboxed double / logical, releasing a held object (the VM's
    // hot paths: no temporary Value).
    void set_num(double d)
    {
        release();
        m_rep = Rep::Num;
        m_num = d;
    }
    void set_bool(bool b)
    {
        release();
        m_rep = Rep::Bool;
        m_num = 0;
        m_bool = b;
    }

    Rep rep() const { return m_rep; }
    bool is_defined() const { return m_rep != Rep::Undefined; }
    bool is_num() const { return m_rep == Rep::Num; }   // unboxed real double scalar
    bool is_bool() const { return m_rep == Rep::Bool; } // unboxed logical scalar
    bool is_object() const { return m_rep == Rep::Obj; }
    double num() const { return m_num; }                // requires is_num()
    bool boolean() const { return m_bool; }             // requires is_bool()
    HeapObject* obj() const { return m_obj; }           // requires is_object()

    ClassId class_id() const
    {
        switch (m_rep) {
        case Rep::Num: return ClassId::Double;
        case Rep::Bool: return ClassId::Logical;
        case Rep::Obj: return m_obj->class_id();
        default: return ClassId::Double;
        }
    }
    Dims dims() const { return m_rep == Rep::Obj ? m_obj->dims() : Dims(1, 1); }
    size_t numel() const { return m_rep == Rep::Obj ? m_obj->dims().numel() : 1; }
    bool is_empty() const { return numel() == 0; }
    bool is_scalar() const { return m_rep != Rep::Obj || m_obj->dims().is_scalar(); }

    // Typed access to heap objects: nullptr if the value is not of that type.
    template <typename T>
    T* as() const { return m_rep == Rep::Obj ? dynamic_cast<T*>(m_obj) : nullptr; }
    DoubleArray* as_double_array() const { return m_rep == Rep::Obj && m_obj->class_id() == ClassId::Double ? static_cast<DoubleArray*>(m_obj) : nullptr; }
    LogicalArray* as_logical_array() const { return m_rep == Rep::Obj && m_obj->class_id() == ClassId::Logical ? static_cast<LogicalArray*>(m_obj) : nullptr; }
    CharArray* as_char_array() const { return m_rep == Rep::Obj && m_obj->class_id() == ClassId::Char ? static_cast<CharArray*>(m_obj) : nullptr; }
    FunctionHandle* as_function_handle() const;
    SingleArray* as_single_array() const { return m_rep == Rep::Obj && m_obj->class_id() == ClassId::Single ? static_cast<SingleArray*>(m_obj) : nullptr; }
    // The IntArray<T> of an integer-class value (nullptr for any other class).
    template <typename T>
    IntArray<T>* as_int_array() const { return m_rep == Rep::Obj && m_obj->class_id() == IntArray<T>::CLASS ? static_cast<IntArray<T>*>(m_obj) : nullptr; }

    // Copy-on-write: make the heap object uniquely owned (cloning if shared) and return it.
    // Unboxed scalars are first boxed into a 1x1 DoubleArray/LogicalArray.
    HeapObject* make_unique();
    DoubleArray* mutable_double_array();   // requires class double (boxes scalars)
    LogicalArray* mutable_logical_array(); // requires class logical
    CharArray* mutable_char_array();       // requires class char

    // Box an unboxed scalar as a 1x1 array object (no-op for objects). Rarely needed:
    // prefer reading through the helpers in runtime/array_util.hpp.
    Value boxed() const;
    // The canonical form: a 1x1 real DoubleArray becomes Rep::Num, a 1x1 LogicalArray Rep::Bool.
    // Builders should return normalized values; consumers must accept both forms.
    Value normalized() &&;

private:
    void copy_payload(Value const& o)
    {
        std::memcpy(&m_num, &o.m_num, sizeof(m_num));
        if (m_rep == Rep::Obj)
            m_obj->ref();
    }
    void release()
    {
        if (m_rep == Rep::Obj)
            m_obj->unref();
    }

    Rep m_rep;
    union {
        double m_num;
        bool m_bool;
        HeapObject* m_obj;
    };
};

// A function handle. Named (`@sin`, `@localfn`): `name` set. Anonymous (`@(x) x + a`):
// `code` is the VM's compiled body and `captures` the captured values (by value, at
// creation). `code` and `scope` are opaque here: the runtime never looks inside; the VM owns
// what they point to.
class FunctionHandle final : public HeapObject {
public:
    FunctionHandle() : HeapObject(ClassId::FunctionHandle) { }
    HeapObject* clone() const override { return new FunctionHandle(*this); }
    bool is_anonymous() const { return name.empty(); }

    std::string name;                   // named handle: function name; anonymous: empty
    std::string text;                   // display text, e.g. "@(x)x+a" or "@sin"
    std::shared_ptr<void const> code;   // VM-owned body (anonymous fn or resolved function)
    std::shared_ptr<void const> scope;  // VM-owned: the unit whose local functions it sees
    std::vector<Value> captures;        // anonymous: captured values, in the VM's order
};

// A cell array: a dense column-major N-d array of Values (`numel == dims.numel()`). Minimal
// for now (varargin/varargout, `c{i}`); cs-lists and the cell builtins come later.
class CellArray final : public HeapObject {
public:
    explicit CellArray(Dims d) : HeapObject(ClassId::Cell), m_dims(d), m_data(d.numel()) { }
    HeapObject* clone() const override { return new CellArray(*this); }
    Dims dims() const override { return m_dims; }
    Dims const& shape() const { return m_dims; }
    size_t numel() const { return m_data.size(); }
    Value* data() { return m_data.data(); }
    Value const* data() const { return m_data.data(); }
    // Reshape to `d` keeping the element order; new elements are undefined (fill them with []).
    void resize(Dims d) { m_dims = d; m_data.resize(d.numel()); }

private:
    Dims m_dims;
    std::vector<Value> m_data;
};

// A MATLAB object of a named class (class ClassId::Object): MException, containers.Map,
// onCleanup, cancellation tokens. class() reports class_name(). Value classes are copied on
// write like arrays; handle classes (is_handle) have reference semantics: every copy of the
// Value shares one object and mutation never clones it (Value::make_unique leaves it shared).
// Property reads `obj.name` and method calls are answered by the object's own module; the VM
// asks through these hooks so it does not need to know each class.
class Object : public HeapObject {
public:
    Object() : HeapObject(ClassId::Object) { }
    Object(Object const& o) = default;
    virtual std::string_view class_name() const = 0;
    virtual bool is_handle() const { return false; }
    // What display shows under "name = " (e.g. "  MException with properties:\n\n    ..."),
    // each line ending in '\n'; `compact` under format compact. Empty: the generic
    // "  1×1 ClassName" line.
    virtual std::string display_body(bool compact) const { return {}; }

    // Class-defined indexing and members (containers.Map: m(key), m.Count, m.keys()). Each
    // hook returns std::nullopt when the class does not define it: the caller then applies
    // the default rules or reports the member as unknown. Mutating hooks act on this object,
    // so only handle classes define them (a value class would need copy-on-write first).
    // obj(args)
    virtual std::optional<Result<Value>> paren_get(std::span<Value const>) const { return std::nullopt; }
    // obj(args) = rhs
    virtual std::optional<VoidResult> paren_set(std::span<Value const>, Value const&) { return std::nullopt; }
    // obj.name: a property, or a method called without parentheses. `self` holds this object.
    virtual std::optional<Result<Value>> get_property(Value const& /*self*/, std::string_view) const { return std::nullopt; }
    // obj.name = rhs
    virtual std::optional<VoidResult> set_property(std::string_view, Value const&) { return std::nullopt; }
    // Whether obj.name(args) calls a method (else it indexes the property obj.name).
    virtual bool has_method(std::string_view) const { return false; }
    // obj.name(args) with `nargout` outputs requested (0 in statement context, where a method
    // with a value still returns it).
    virtual std::optional<Result<std::vector<Value>>> call_method(Value const& /*self*/, std::string_view, std::span<Value const>, int /*nargout*/) { return std::nullopt; }
};
// class(v): the class name, the object's own for ClassId::Object.
std::string_view value_class_name(Value const& v);
// The Object inside `v` (any named class), or nullptr.
inline Object* as_object(Value const& v)
{
    return v.is_object() && v.obj()->class_id() == ClassId::Object ? dynamic_cast<Object*>(v.obj()) : nullptr;
}

inline FunctionHandle* Value::as_function_handle() const
{
    return m_rep == Rep::Obj && m_obj->class_id() == ClassId::FunctionHandle ? static_cast<FunctionHandle*>(m_obj) : nullptr;
}

// Construct array values (normalized: 1x1 real results become unboxed scalars).
Value make_double(Ref<DoubleArray> a);
Value make_logical(Ref<LogicalArray> a);
Value make_char(Ref<CharArray> a);
// Integer and single values are never unboxed: these just wrap the array.
template <typename T>
Value make_int(Ref<IntArray<T>> a) { return Value::object(std::move(a)); }
Value make_single(Ref<SingleArray> a);

} // namespace runmat::runtime

// Class conversion of whole values and the class-combination rules of arithmetic and
// concatenation (MATLAB doc: "Integers", "Valid Combinations of Unlike Classes").
#include "runtime/numeric_class.hpp"
#include <string>

namespace runmat::runtime {

namespace {

// Every element of a number-like v converted into a new Array (same shape).
template <typename Array>
Ref<Array> convert_into(Value const& v)
{
    using D = typename Array::Element;
    Ref<Array> out;
    visit_elements(v, [&](auto const* p, size_t n, Dims const& d) {
        out = make_ref<Array>(d);
        D* o = out->data();
        for (size_t i = 0; i < n; ++i)
            o[i] = convert_element<D>(p[i]);
    });
    return out;
}

bool is_complex_double(Value const& v)
{
    auto* d = v.as_double_array();
    return d && d->is_complex();
}

} // namespace

RuntimeError mixed_classes_error()
{
    return make_error("MATLAB:mixedClasses", "Integers can only be combined with integers of the same class, or scalar doubles.");
}

RuntimeError complex_unsupported_error(ClassId c)
{
    if (c == ClassId::Single)
        return make_error("RunMat:notImplemented", "Complex single values are not supported yet.");
    return make_error("RunMat:notImplemented", "Complex integer values are not supported yet.");
}

Result<Value> convert_class(Value const& v, ClassId target)
{
    ClassId from = v.class_id();
    if (from == target)
        return v;
    if (!is_number_like(from))
        return make_error("MATLAB:invalidConversion",
            "Conversion to " + std::string(class_name(target)) + " from " + std::string(class_name(from)) + " is not possible.");
    if (is_complex_double(v) && target != ClassId::Double)
        return complex_unsupported_error(target);
    switch (target) {
    case ClassId::Double: {
        if (v.is_num())
            return v;
        return make_double(convert_into<DoubleArray>(v));
    }
    case ClassId::Single: return make_single(convert_into<SingleArray>(v));
    default: break;
    }
    if (!is_integer_class(target))
        return make_error("MATLAB:invalidConversion",
            "Conversion to " + std::string(class_name(target)) + " from " + std::string(class_name(from)) + " is not possible.");
    return visit_int_class(target, [&](auto tag) -> Value {
        using T = typename decltype(tag)::type;
        return make_int(convert_into<IntArray<T>>(v));
    });
}

Value new_numeric(ClassId c, Dims d)
{
    switch (c) {
    case ClassId::Double: return Value::object(make_ref<DoubleArray>(d, 0.0));
    case ClassId::Single: return make_single(make_ref<SingleArray>(d, 0.0f));
    default: break;
    }
    return visit_int_class(c, [&](auto tag) -> Value {
        using T = typename decltype(tag)::type;
        return make_int(make_ref<IntArray<T>>(d, T(0)));
    });
}

Result<ClassId> concat_class(ClassId acc, ClassId next)
{
    if (acc == next)
        return acc;
    auto either = [&](ClassId c) { return acc == c || next == c; };
    bool numbers = (is_numeric_class(acc) || acc == ClassId::Logical) && (is_numeric_class(next) || next == ClassId::Logical);
    if (either(ClassId::Char) && either(ClassId::Logical))
        return make_error("MATLAB:invalidConversion", "Conversion to char from logical is not possible.");
    if (either(ClassId::Char) && (numbers || is_numeric_class(acc) || is_numeric_class(next)))
        return ClassId::Char;
    if (numbers) {
        if (is_integer_class(acc))
            return acc; // the leftmost integer class wins, even over another integer class
        if (is_integer_class(next))
            return next;
        if (either(ClassId::Single))
            return ClassId::Single;
        return ClassId::Double;
    }
    bool acc_known = is_number_like(acc);
    ClassId odd = acc_known ? next : acc;
    return make_error("MATLAB:catenate:unsupportedClass",
        "Unsupported concatenation of values of class '" + std::string(class_name(odd)) + "'.");
}

Result<ClassId> arithmetic_class(ClassId a, bool a_scalar, ClassId b, bool b_scalar)
{
    bool ai = is_integer_class(a), bi = is_integer_class(b);
    if (ai && bi) {
        if (a != b)
            return mixed_classes_error();
        return a;
    }
    // An integer combines with a double only when the double is a scalar; never with single,
    // logical or char (MATLAB's rule; GNU Octave is more permissive).
    if (ai)
        return b == ClassId::Double && b_scalar ? Result<ClassId>(a) : Result<ClassId>(mixed_classes_error());
    if (bi)
        return a == ClassId::Double && a_scalar ? Result<ClassId>(b) : Result<ClassId>(mixed_classes_error());
    if (a == ClassId::Single || b == ClassId::Single)
        return ClassId::Single;
    return ClassId::Double;
}

} // namespace runmat::runtime

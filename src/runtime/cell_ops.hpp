// Cells and structs as containers: paren indexing c(i) / s(i) (assignment with growth,
// deletion), brace indexing c{i}, field access s.a, concatenation, and the cs-list marker the
// VM uses to splice c{:} / s.x into argument lists. Knows nothing about the VM or display.
#pragma once
#include "runtime/struct.hpp"
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <span>
#include <string_view>
#include <vector>

namespace runmat::runtime {

// True for the classes whose elements are Values (cell, struct): indexing.cpp and concat.cpp
// hand these to the functions below.
inline bool is_container_class(ClassId c) { return c == ClassId::Cell || c == ClassId::Struct; }

// c(idx...) / s(idx...): a container of the same class (errors as for arrays).
Result<Value> container_index_get(Value const& base, std::span<Value const> idx);
// c(idx...) = rhs (rhs a cell, or a struct into a struct array). An undefined or [] base
// takes the class of rhs. Grows with [] (cells) or all-[] records (structs). In place when
// `base` is uniquely owned and the index is a scalar (c(end+1) = {v} is amortised O(1)).
VoidResult container_index_assign(Value& base, std::span<Value const> idx, Value const& rhs);
// c(idx) = [].
VoidResult container_index_delete(Value& base, std::span<Value const> idx);
// [a, b] / [a; b] with at least one cell or struct part.
Result<Value> container_cat(size_t dim /* 1-based */, std::span<Value const> parts);

// c{idx...}: the selected elements in column-major order (a cs-list; may be empty).
Result<std::vector<Value>> brace_get(Value const& base, std::span<Value const> idx);
// c{idx...} = rhs: idx must select one element; grows like c(idx) = {rhs}. An undefined or
// [] base becomes a cell. In place when uniquely owned.
VoidResult brace_set(Value& base, std::span<Value const> idx, Value const& rhs);

// s.name over every element of a struct array (a cs-list); MException fields too.
Result<std::vector<Value>> field_get_list(Value const& base, std::string_view name);
// s.name where one value is needed: the first of the cs-list; an empty one is an error.
Result<Value> field_get(Value const& base, std::string_view name);
// s.name = rhs: creates s (undefined or []) and the field as needed; s must be 1x1.
VoidResult field_set(Value& base, std::string_view name, Value const& rhs);

// A comma-separated list in flight: what c{:} or s.x evaluates to where a list is allowed
// (call arguments, [ ], { }). Never a MATLAB-visible value: the VM splices it away at once.
class CsList final : public Object {
public:
    CsList() { }
    std::string_view class_name() const override { return "cs-list"; }
    HeapObject* clone() const override { return new CsList(*this); }
    std::vector<Value> values;
};
CsList* as_cs_list(Value const& v);

// The error a single-value context raises for an empty cs-list (c{[]} on the right of =).
RuntimeError empty_cs_list_error();

} // namespace runmat::runtime

// Base conversion between numbers and digit text: dec2bin dec2hex (numbers -> char matrix,
// one row per element) and bin2dec hex2dec (char rows -> column of doubles). Knows nothing of
// the VM.
#include "runtime/builtins/arrays_common.hpp"
#include <cmath>
#include <cstdint>

namespace runmat::runtime::arrays {

namespace {

// An element to convert: its integer value as a two's-complement 64-bit pattern, whether it
// is negative, and (integer classes) the class width for negative values.
struct Digits {
    uint64_t bits = 0;
    bool negative = false;
};

// Read the elements of an integer-valued input (fractions are truncated, as MATLAB's dec2bin
// does since R2020a). Errors for NaN/Inf and magnitudes beyond flintmax.
Result<std::vector<Digits>> read_integers(CallContext const& cx, Value const& v, unsigned& class_bits)
{
    std::vector<Digits> out;
    bool bad = false;
    class_bits = 0;
    bool ok = visit_elements(v, [&](auto const* p, size_t n, Dims const&) {
        using T = std::remove_cv_t<std::remove_pointer_t<decltype(p)>>;
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, char16_t> && !std::is_same_v<T, uint8_t>)
            class_bits = sizeof(T) * 8;
        for (size_t i = 0; i < n; ++i) {
            if constexpr (std::is_floating_point_v<T>) {
                double x = std::trunc(static_cast<double>(p[i]));
                if (!std::isfinite(x) || std::fabs(x) > 9007199254740992.0)
                    bad = true;
                else
                    out.push_back({ static_cast<uint64_t>(static_cast<int64_t>(x)), x < 0 });
            } else if constexpr (std::is_signed_v<T>) {
                out.push_back({ static_cast<uint64_t>(static_cast<int64_t>(p[i])), p[i] < 0 });
            } else {
                out.push_back({ static_cast<uint64_t>(p[i]), false });
            }
        }
    });
    if (!ok || v.class_id() == ClassId::Cell)
        return undefined_for(cx, v);
    if (auto* d = v.as_double_array(); d && d->is_complex())
        return cx.error("MATLAB:" + std::string(cx.name) + ":complexInput", "Input must be real.");
    if (bad)
        return cx.error("MATLAB:" + std::string(cx.name) + ":InputOutOfRange",
            "Input must be finite and its magnitude no larger than flintmax.");
    return out;
}

// The two's-complement width negative values use: the input's integer class width, or for
// other classes the smallest of 8, 16, 32, 64 bits that holds the most negative value.
unsigned negative_width(std::vector<Digits> const& xs, unsigned class_bits)
{
    if (class_bits)
        return class_bits;
    unsigned w = 8;
    for (auto const& x : xs) {
        if (!x.negative)
            continue;
        int64_t s = static_cast<int64_t>(x.bits);
        while (w < 64 && s < -(int64_t(1) << (w - 1)))
            w *= 2;
    }
    return w;
}

// dec2bin / dec2hex: one row per element of d(:), padded to a common width of at least
// `min_digits` with zeros; `shift` bits per digit (1 binary, 4 hex).
VoidResult to_radix(CallContext& cx, Args args, Outs outs, unsigned shift)
{
    unsigned class_bits = 0;
    auto xs = TRY(read_integers(cx, args[0], class_bits));
    double min_digits = 0;
    if (args.size() > 1) {
        auto n = read_doubles(args[1]);
        if (!n || n->size() != 1 || !((*n)[0] >= 0) || (*n)[0] != std::floor((*n)[0]) || std::isinf((*n)[0]))
            return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidNumDigits", "Number of digits must be a nonnegative integer.");
        min_digits = (*n)[0];
    }
    unsigned neg_bits = negative_width(xs, class_bits);
    auto digits_of = [&](Digits const& x) {
        uint64_t v = x.negative && neg_bits < 64 ? x.bits & ((uint64_t(1) << neg_bits) - 1) : x.bits;
        size_t n = 1;
        while (n * shift < 64 && (v >> (n * shift)) != 0)
            ++n;
        if (x.negative)
            n = std::max<size_t>(n, neg_bits / shift);
        return std::make_pair(v, n);
    };
    size_t width = static_cast<size_t>(min_digits);
    for (auto const& x : xs)
        width = std::max(width, digits_of(x).second);
    if (xs.empty()) {
        outs[0] = Value::char_row("");
        return {};
    }
    size_t rows = xs.size();
    auto out = make_ref<CharArray>(Dims(rows, width));
    static constexpr char hex[] = "0123456789ABCDEF";
    for (size_t r = 0; r < rows; ++r) {
        uint64_t v = digits_of(xs[r]).first;
        for (size_t c = 0; c < width; ++c) {
            size_t from_right = width - 1 - c;
            unsigned digit = from_right * shift < 64 ? static_cast<unsigned>((v >> (from_right * shift)) & ((1u << shift) - 1)) : 0;
            out->data()[r + c * rows] = static_cast<char16_t>(hex[digit]);
        }
    }
    outs[0] = make_char(std::move(out));
    return {};
}

VoidResult dec2bin_builtin(CallContext& cx, Args args, Outs outs) { return to_radix(cx, args, outs, 1); }
VoidResult dec2hex_builtin(CallContext& cx, Args args, Outs outs) { return to_radix(cx, args, outs, 4); }

// The texts bin2dec/hex2dec convert: the rows of a char matrix, or the cells of a cellstr.
std::optional<std::vector<std::u16string>> radix_texts(Value const& v)
{
    std::vector<std::u16string> out;
    if (auto* c = v.as_char_array()) {
        if (!c->shape().is_matrix())
            return std::nullopt;
        size_t rows = c->shape().rows(), cols = c->shape().cols();
        for (size_t r = 0; r < rows && c->numel(); ++r) {
            out.emplace_back();
            for (size_t k = 0; k < cols; ++k)
                out.back().push_back(c->data()[r + k * rows]);
        }
        return out;
    }
    if (v.class_id() != ClassId::Cell)
        return std::nullopt;
    auto* cell = static_cast<CellArray const*>(v.obj());
    for (size_t i = 0; i < cell->numel(); ++i) {
        auto* c = cell->data()[i].as_char_array();
        if (!c || (!c->shape().is_row() && c->numel() != 0))
            return std::nullopt;
        out.emplace_back(c->data(), c->numel());
    }
    return out;
}

// bin2dec / hex2dec: each row of a char matrix (or each cell) is one number; spaces are
// ignored and a "0b" / "0x" prefix is allowed.
VoidResult from_radix(CallContext& cx, Args args, Outs outs, unsigned base)
{
    auto texts = radix_texts(args[0]);
    if (!texts)
        return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidInput",
            "Input must be a character vector, a character array, or a cell array of character vectors.");
    if (texts->empty()) {
        outs[0] = Value::empty();
        return {};
    }
    auto out = new_double(Dims(texts->size(), 1));
    char const* what = base == 2 ? "Binary character vectors may consist only of the characters 0 and 1."
                                 : "Hexadecimal character vectors may consist only of the characters 0-9, A-F and a-f.";
    for (size_t r = 0; r < texts->size(); ++r) {
        double value = 0;
        std::u16string text;
        for (char16_t ch : (*texts)[r])
            if (ch != u' ' && ch != 0)
                text.push_back(ch);
        if (text.size() > 2 && text[0] == u'0' && (text[1] == (base == 2 ? u'b' : u'x') || text[1] == (base == 2 ? u'B' : u'X')))
            text.erase(0, 2);
        for (char16_t ch : text) {
            int d = ch >= u'0' && ch <= u'9' ? ch - u'0' : ch >= u'a' && ch <= u'f' ? ch - u'a' + 10 : ch >= u'A' && ch <= u'F' ? ch - u'A' + 10 : 99;
            if (d >= static_cast<int>(base))
                return cx.error("MATLAB:" + std::string(cx.name) + ":IllegalCharacter", what);
            value = value * base + d;
        }
        out->data()[r] = value;
    }
    outs[0] = make_double(std::move(out));
    return {};
}

VoidResult bin2dec_builtin(CallContext& cx, Args args, Outs outs) { return from_radix(cx, args, outs, 2); }
VoidResult hex2dec_builtin(CallContext& cx, Args args, Outs outs) { return from_radix(cx, args, outs, 16); }

} // namespace

void register_array_radix_builtins(BuiltinTable& t)
{
    t.add({ .name = "dec2bin", .fn = dec2bin_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "dec2hex", .fn = dec2hex_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "bin2dec", .fn = bin2dec_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "hex2dec", .fn = hex2dec_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
}

} // namespace runmat::runtime::arrays

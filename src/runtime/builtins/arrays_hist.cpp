// Counting and accumulation: histc, histcounts (with MATLAB's automatic bin picking) and
// accumarray (sum, or a named reduction given as a function handle). Outputs are double.
// Knows nothing of the VM: accumarray cannot call user functions (anonymous handles yet).
#include "runtime/builtins/arrays_common.hpp"
#include <cfloat>
#include <cmath>
#include <limits>

namespace runmat::runtime::arrays {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// MATLAB's eps(x): the distance from |x| to the next larger double.
double eps_of(double x)
{
    x = std::fabs(x);
    return std::nextafter(x, std::numeric_limits<double>::infinity()) - x;
}

// The bin of x among sorted edges e[0..m): k with e[k] <= x < e[k+1], the last bin also
// taking x == e[m-1]; -1 if outside (or NaN).
long long find_bin(double const* e, size_t m, double x)
{
    if (m < 2 || !(x >= e[0]) || !(x <= e[m - 1]))
        return m == 1 && x == e[0] ? 0 : -1;
    if (x == e[m - 1])
        return static_cast<long long>(m) - 2;
    size_t k = static_cast<size_t>(std::upper_bound(e, e + m, x) - e); // first edge > x
    return static_cast<long long>(k) - 1;
}

// find_bin, starting from the bin uniform edges would give: automatic edges are uniform, so
// this is usually exact after a step at most; otherwise it falls back to the binary search.
long long find_bin_fast(double const* e, size_t m, double x)
{
    if (m < 3 || !(x >= e[0]) || !(x < e[m - 1]))
        return find_bin(e, m, x);
    size_t nb = m - 1;
    double t = (x - e[0]) / (e[m - 1] - e[0]) * static_cast<double>(nb);
    size_t k = t >= static_cast<double>(nb) ? nb - 1 : static_cast<size_t>(t);
    for (int step = 0; step < 2; ++step) {
        if (x < e[k])
            --k;
        else if (x >= e[k + 1])
            ++k;
        else
            return static_cast<long long>(k);
    }
    return find_bin(e, m, x);
}

Result<std::vector<double>> edge_vector(CallContext const& cx, Value const& v)
{
    auto e = read_doubles(v);
    if (!e || (!v.dims().is_vector() && !v.is_empty()))
        return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidEdges", "Edges must be a real vector.");
    for (size_t i = 1; i < e->size(); ++i)
        if (!((*e)[i] >= (*e)[i - 1]))
            return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidEdges", "Edge vector must be monotonically non-decreasing.");
    return std::move(*e);
}

// ---------------------------------------------------------------------------------------------
// histc: [n, bin] = histc(x, edges, dim). n(k) counts edges(k) <= x < edges(k+1); the last
// count is of x == edges(end). Along dim (default: first non-singleton), n has numel(edges)
// entries. bin has x's shape: each element's bin, 0 if in none.

VoidResult histc_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& x = args[0];
    auto xv = read_doubles(x);
    if (!xv)
        return undefined_for(cx, x);
    auto edges = TRY(edge_vector(cx, args[1]));
    size_t dim = args.size() > 2 ? TRY(dim_arg(cx, args[2])) : first_nonsingleton(x.dims());
    Dims d = x.dims();
    Slab s = dim < d.ndims() ? slab_for(d, dim) : Slab { d.numel(), 1, 1 };
    size_t m = edges.size();
    auto n = new_double(with_dim(d, dim, m), 0.0);
    auto bin = new_double(d, 0.0);
    for (size_t l = 0; l < s.after; ++l)
        for (size_t j = 0; j < s.len; ++j)
            for (size_t i = 0; i < s.before; ++i) {
                size_t p = s.at(i, j, l);
                long long k = find_bin(edges.data(), m, (*xv)[p]);
                if (m > 0 && (*xv)[p] == edges.back())
                    k = static_cast<long long>(m) - 1; // histc's last bin: exactly edges(end)
                if (k < 0)
                    continue;
                n->data()[i + s.before * (static_cast<size_t>(k) + m * l)] += 1;
                bin->data()[p] = static_cast<double>(k + 1);
            }
    outs[0] = make_double(std::move(n));
    if (cx.nargout >= 2)
        outs[1] = make_double(std::move(bin));
    return {};
}

// ---------------------------------------------------------------------------------------------
// histcounts: [N, edges, bin] = histcounts(X, nbins | edges, Name, Value). Bins are
// [e(k), e(k+1)), the last one closed; NaN and values outside the edges are not counted.
// Automatic bins follow MATLAB's histcounts: integer data spanning at most 50 get one bin per
// integer (edges at half-integers); other data get Scott's rule width 3.5*std(X)/numel(X)^(1/3)
// rounded to a "nice" 1, 2, 3 or 5 times a power of ten, with edges at multiples of the width
// covering the data (MATLAB's binpicker). A requested bin count keeps the left edge at a
// multiple of a rough width and picks the smallest width, at a resolution of a power of ten,
// that puts max(X) in the last bin. Inf and NaN are ignored when choosing bins.

struct Range {
    bool empty = true; // no finite data
    double lo = 0, hi = 0;
};

// binpicker(xmin, xmax, nbins, rawBinWidth); nbins == 0 selects the automatic rule.
std::vector<double> bin_picker(Range r, size_t nbins, double raw_width)
{
    std::vector<double> edges;
    if (r.empty) {
        size_t n = nbins ? nbins : 1;
        for (size_t k = 0; k <= n; ++k)
            edges.push_back(static_cast<double>(k));
        return edges;
    }
    double xscale = std::max(std::fabs(r.lo), std::fabs(r.hi));
    double xrange = r.hi - r.lo;
    raw_width = std::max(raw_width, eps_of(xscale));
    double left, right, width;
    size_t count;
    if (xrange > std::max(std::sqrt(eps_of(xscale)), DBL_MIN)) {
        double pow10 = std::pow(10.0, std::floor(std::log10(raw_width)));
        double rel = raw_width / pow10;
        if (nbins == 0) {
            width = pow10 * (rel < 1.5 ? 1 : rel < 2.5 ? 2 : rel < 4 ? 3 : rel < 7.5 ? 5 : 10);
            left = std::max(std::min(width * std::floor(r.lo / width), r.lo), -DBL_MAX);
            count = static_cast<size_t>(std::max(1.0, std::ceil((r.hi - left) / width)));
            right = std::min(std::max(left + static_cast<double>(count) * width, r.hi), DBL_MAX);
        } else {
            width = pow10 * std::floor(rel);
            left = std::max(std::min(width * std::floor(r.lo / width), r.lo), -DBL_MAX);
            if (nbins > 1) {
                double ll = (r.hi - left) / static_cast<double>(nbins);
                double ul = (r.hi - left) / static_cast<double>(nbins - 1);
                double p10 = std::pow(10.0, std::floor(std::log10(ul - ll)));
                width = p10 * std::ceil(ll / p10);
            }
            count = nbins;
            right = std::min(std::max(left + static_cast<double>(count) * width, r.hi), DBL_MAX);
        }
    } else { // (nearly) constant data: bins of unit-ish width around it
        count = nbins ? nbins : 1;
        double range = std::max(1.0, std::ceil(static_cast<double>(count) * eps_of(xscale)));
        left = std::floor(2 * (r.lo - range / 4)) / 2;
        right = std::ceil(2 * (r.hi + range / 4)) / 2;
        width = (right - left) / static_cast<double>(count);
    }
    edges.push_back(left);
    for (size_t k = 1; k < count; ++k)
        edges.push_back(std::isfinite(width) ? left + static_cast<double>(k) * width
                                             : left + (right - left) * static_cast<double>(k) / static_cast<double>(count));
    edges.push_back(right);
    return edges;
}

// One bin per integer, edges at half-integers (wider powers of ten past 65536 bins).
std::vector<double> integer_rule(Range r, double xscale)
{
    std::vector<double> edges;
    if (r.empty)
        return { -0.5, 0.5 };
    double xrange = r.hi - r.lo, width = 1;
    if (xrange > 65536)
        width = std::pow(10.0, std::ceil(std::log10(xrange / 65536)));
    else if (eps_of(xscale) > 1)
        width = std::pow(10.0, std::ceil(std::log10(eps_of(xscale))));
    double lo = std::floor(width * std::round(r.lo / width)) - width / 2;
    double hi = std::ceil(width * std::round(r.hi / width)) + width / 2;
    size_t n = static_cast<size_t>(std::floor((hi - lo) / width + 1e-10));
    for (size_t k = 0; k <= n; ++k)
        edges.push_back(lo + static_cast<double>(k) * width);
    return edges;
}

double sample_std(std::vector<double> const& x)
{
    size_t n = x.size();
    if (n < 2)
        return 0;
    double mean = 0;
    for (double v : x)
        mean += v;
    mean /= static_cast<double>(n);
    double ss = 0;
    for (double v : x)
        ss += (v - mean) * (v - mean);
    return std::sqrt(ss / static_cast<double>(n - 1));
}

enum class BinMethod : uint8_t { Auto, Scott, Integers, Sturges, Sqrt };

std::vector<double> method_edges(BinMethod method, std::vector<double> const& xc, Range r, bool integer_class)
{
    double xscale = 0;
    for (double v : xc)
        xscale = std::max(xscale, std::fabs(v));
    bool all_int = std::all_of(xc.begin(), xc.end(), [](double v) { return v == std::round(v); });
    double n = static_cast<double>(xc.size());
    switch (method) {
    case BinMethod::Auto:
        if (!xc.empty() && (integer_class || all_int) && r.hi - r.lo <= 50 && r.hi <= 4503599627370496.0 && r.lo >= -4503599627370496.0)
            return integer_rule(r, xscale);
        [[fallthrough]];
    case BinMethod::Scott:
        return bin_picker(r, 0, 3.5 * sample_std(xc) / std::cbrt(n));
    case BinMethod::Integers:
        return integer_rule(r, xscale);
    case BinMethod::Sturges:
    case BinMethod::Sqrt: {
        double nb = method == BinMethod::Sturges ? std::max(std::ceil(std::log2(n) + 1), 1.0) : std::max(std::ceil(std::sqrt(n)), 1.0);
        double w = (r.hi - r.lo) / nb;
        return std::isfinite(w) ? bin_picker(r, 0, w) : bin_picker(r, static_cast<size_t>(nb), w);
    }
    }
    return {};
}

enum class Norm : uint8_t { Count, Probability, CountDensity, Pdf, CumCount, Cdf };

struct HistOpts {
    size_t nbins = 0;                 // NumBins (0: not given)
    std::optional<std::vector<double>> edges; // BinEdges
    bool edges_column = false;        // edges were given as a column: returned as one
    double bin_width = 0;             // BinWidth (0: not given)
    std::optional<std::pair<double, double>> limits; // BinLimits
    BinMethod method = BinMethod::Auto;
    Norm norm = Norm::Count;
};

Result<double> positive_int(CallContext const& cx, Value const& v, char const* what)
{
    auto d = read_doubles(v);
    if (!d || d->size() != 1 || !((*d)[0] >= 1) || (*d)[0] != std::floor((*d)[0]) || std::isinf((*d)[0]))
        return cx.error("MATLAB:histcounts:expectedPositive", std::string("Expected ") + what + " to be a positive integer.");
    return (*d)[0];
}

Result<bool> parse_hist_pair(CallContext const& cx, std::string const& name, Value const& v, HistOpts& o)
{
    auto word = option_text(v);
    if (name == "numbins")
        o.nbins = static_cast<size_t>(TRY(positive_int(cx, v, "NumBins")));
    else if (name == "binedges") {
        o.edges = TRY(edge_vector(cx, v));
        o.edges_column = v.dims().is_column() && v.numel() > 1;
    } else if (name == "binwidth") {
        auto w = read_doubles(v);
        if (!w || w->size() != 1 || !((*w)[0] > 0) || std::isinf((*w)[0]))
            return cx.error("MATLAB:histcounts:expectedPositive", "Expected BinWidth to be positive and finite.");
        o.bin_width = (*w)[0];
    } else if (name == "binlimits") {
        auto w = read_doubles(v);
        if (!w || w->size() != 2 || !((*w)[1] >= (*w)[0]) || std::isinf((*w)[0]) || std::isinf((*w)[1]))
            return cx.error("MATLAB:histcounts:invalidBinLimits", "Expected BinLimits to be a finite nondecreasing 2-element vector.");
        o.limits = std::make_pair((*w)[0], (*w)[1]);
    } else if (name == "normalization" && word) {
        static constexpr std::pair<char const*, Norm> names[] = { { "count", Norm::Count }, { "probability", Norm::Probability },
            { "countdensity", Norm::CountDensity }, { "pdf", Norm::Pdf }, { "cumcount", Norm::CumCount }, { "cdf", Norm::Cdf } };
        auto it = std::find_if(std::begin(names), std::end(names), [&](auto const& p) { return *word == p.first; });
        if (it == std::end(names))
            return cx.error("MATLAB:histcounts:unrecognizedStringChoice", "Invalid value for 'Normalization'.");
        o.norm = it->second;
    } else if (name == "binmethod" && word) {
        static constexpr std::pair<char const*, BinMethod> names[] = { { "auto", BinMethod::Auto }, { "scott", BinMethod::Scott },
            { "integers", BinMethod::Integers }, { "sturges", BinMethod::Sturges }, { "sqrt", BinMethod::Sqrt } };
        auto it = std::find_if(std::begin(names), std::end(names), [&](auto const& p) { return *word == p.first; });
        if (it == std::end(names))
            return cx.error(*word == "fd" ? "RunMat:notImplemented" : "MATLAB:histcounts:unrecognizedStringChoice",
                *word == "fd" ? "The 'fd' bin method is not supported yet." : "Invalid value for 'BinMethod'.");
        o.method = it->second;
    } else {
        return cx.error("MATLAB:histcounts:unrecognizedStringChoice", "Unrecognized option '" + name + "'.");
    }
    return true;
}

Result<HistOpts> parse_hist_opts(CallContext const& cx, Args rest)
{
    HistOpts o;
    size_t i = 0;
    if (!rest.empty() && !option_text(rest[0])) {
        if (rest[0].numel() == 1) {
            o.nbins = static_cast<size_t>(TRY(positive_int(cx, rest[0], "input number 2, m,")));
        } else {
            if (rest[0].is_empty())
                return cx.error("MATLAB:histcounts:expectedNonempty", "Expected input number 2, edges, to be nonempty.");
            o.edges = TRY(edge_vector(cx, rest[0]));
            o.edges_column = rest[0].dims().is_column();
        }
        i = 1;
    }
    if ((rest.size() - i) % 2 != 0)
        return cx.error("MATLAB:histcounts:ArgNameValueMismatch", "Incorrect number of arguments. Each parameter name must be followed by a corresponding value.");
    for (; i < rest.size(); i += 2) {
        auto name = option_text(rest[i]);
        if (!name)
            return cx.error("MATLAB:histcounts:ArgNameValueMismatch", "Parameter names must be character vectors.");
        TRY(parse_hist_pair(cx, *name, rest[i + 1], o));
    }
    return o;
}

// The finite data and its range (MATLAB ignores NaN and Inf when choosing bins).
Range finite_range(std::vector<double> const& x, std::vector<double>& xc)
{
    Range r;
    for (double v : x)
        if (std::isfinite(v)) {
            xc.push_back(v);
            r.lo = r.empty ? v : std::min(r.lo, v);
            r.hi = r.empty ? v : std::max(r.hi, v);
            r.empty = false;
        }
    return r;
}

// Edges inside BinLimits [lo, hi] (only data in the limits is counted).
std::vector<double> limited_edges(HistOpts const& o, std::vector<double> const& xc, bool integer_class)
{
    auto [lo, hi] = *o.limits;
    std::vector<double> e;
    if (o.nbins) {
        for (size_t k = 0; k < o.nbins; ++k)
            e.push_back(lo + static_cast<double>(k) * ((hi - lo) / static_cast<double>(o.nbins)));
        e.push_back(hi);
        return e;
    }
    if (o.bin_width > 0) {
        double w = std::max(o.bin_width, (hi - lo) / 65536);
        for (double v = lo; v <= hi; v = lo + static_cast<double>(e.size()) * w)
            e.push_back(v);
        if (e.back() < hi || e.size() == 1)
            e.push_back(hi);
        return e;
    }
    // FIXME: MATLAB's binpickerbl aligns the inner edges to the limits; this applies the
    // automatic rule to the data inside the limits and stretches the outer edges to them.
    std::vector<double> inside, finite;
    for (double v : xc)
        if (v >= lo && v <= hi)
            inside.push_back(v);
    Range r = finite_range(inside, finite);
    e = method_edges(o.method, finite, r, integer_class);
    e.front() = lo;
    e.back() = hi;
    return e;
}

std::vector<double> choose_edges(HistOpts const& o, std::vector<double> const& x, bool integer_class)
{
    if (o.edges)
        return *o.edges;
    std::vector<double> xc;
    Range r = finite_range(x, xc);
    if (o.limits)
        return limited_edges(o, xc, integer_class);
    if (o.nbins)
        return bin_picker(r, o.nbins, (r.hi - r.lo) / static_cast<double>(o.nbins));
    if (o.bin_width > 0) {
        if (r.empty)
            return { 0, o.bin_width };
        double w = o.bin_width, left = w * std::floor(r.lo / w);
        double n = std::max(1.0, std::ceil((r.hi - left) / w));
        if (n > 65536) {
            n = 65536;
            w = (r.hi - r.lo) / 65535;
            left = w * std::floor(r.lo / w);
            if (r.hi <= left + (n - 1) * w)
                w = (r.hi - r.lo) / 65536, left = r.lo;
        }
        std::vector<double> e;
        for (double k = 0; k <= n; ++k)
            e.push_back(left + k * w);
        return e;
    }
    return method_edges(o.method, xc, r, integer_class);
}

void normalize_counts(std::vector<double>& n, std::vector<double> const& e, Norm norm, double total)
{
    for (size_t k = 0; k < n.size(); ++k) {
        double w = e[k + 1] - e[k];
        switch (norm) {
        case Norm::CountDensity: n[k] /= w; break;
        case Norm::Probability: n[k] /= total; break;
        case Norm::Pdf: n[k] = n[k] / total / w; break;
        default: break;
        }
    }
    if (norm == Norm::CumCount || norm == Norm::Cdf)
        for (size_t k = 0; k < n.size(); ++k) {
            if (norm == Norm::Cdf)
                n[k] /= total;
            if (k)
                n[k] += n[k - 1];
        }
}

VoidResult histcounts_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& x = args[0];
    ClassId c = x.class_id();
    auto xv = read_doubles(x);
    if (!xv || !(is_numeric_class(c) || c == ClassId::Logical))
        return cx.error("MATLAB:histcounts:invalidType",
            "Expected input number 1, x, to be one of these types:\n\nnumeric, logical\n\nInstead its type was " + std::string(class_name(c)) + ".");
    HistOpts o = TRY(parse_hist_opts(cx, args.subspan(1)));
    std::vector<double> e = choose_edges(o, *xv, is_integer_class(c) || c == ClassId::Logical);
    size_t nb = e.size() - 1;
    std::vector<double> counts(nb, 0.0);
    auto bin = new_double(x.dims(), 0.0);
    for (size_t i = 0; i < xv->size(); ++i) {
        long long k = find_bin_fast(e.data(), e.size(), (*xv)[i]);
        if (k < 0)
            continue;
        counts[static_cast<size_t>(k)] += 1;
        bin->data()[i] = static_cast<double>(k + 1);
    }
    normalize_counts(counts, e, o.norm, static_cast<double>(xv->size()));
    outs[0] = Value::row_vector(counts);
    if (cx.nargout >= 2)
        outs[1] = o.edges_column ? Value::column_vector(e) : Value::row_vector(e);
    if (cx.nargout >= 3)
        outs[2] = make_double(std::move(bin));
    return {};
}

// ---------------------------------------------------------------------------------------------
// accumarray(subs, vals, sz, fun, fillval): A(subs(i, :)) accumulates vals(i). subs is a
// column of indices (a column result) or an n-by-d matrix of subscripts (a d-dim result);
// vals has one element per row of subs or is a scalar. fun: [] (sum) or a handle to a named
// reduction (sum, prod, max, min, mean, numel); positions nothing lands on get fillval.

enum class Accum : uint8_t { Sum, Prod, Max, Min, Mean, Count };

Result<Accum> accum_fun(CallContext const& cx, Value const& f)
{
    if (f.is_empty() && f.class_id() == ClassId::Double)
        return Accum::Sum;
    auto* h = f.as_function_handle();
    if (!h)
        return cx.error("MATLAB:accumarray:invalidFun", "Fourth input FUN must be a function handle or [].");
    static constexpr std::pair<char const*, Accum> names[] = { { "sum", Accum::Sum }, { "prod", Accum::Prod }, { "max", Accum::Max },
        { "min", Accum::Min }, { "mean", Accum::Mean }, { "numel", Accum::Count }, { "length", Accum::Count } };
    if (!h->is_anonymous())
        for (auto const& [n, a] : names)
            if (h->name == n)
                return a;
    return cx.error("RunMat:notImplemented", "accumarray with the function " + (h->text.empty() ? h->name : h->text)
            + " is not supported yet (only @sum, @prod, @max, @min, @mean, @numel and []).");
}

// Linear output positions (0-based) of each row of subs, and the output shape.
Result<std::pair<std::vector<size_t>, Dims>> accum_positions(CallContext const& cx, Value const& subs_v, Args rest)
{
    auto subs = read_doubles(subs_v);
    if (!subs)
        return cx.error("MATLAB:accumarray:nonPosIntSubs", "First input SUBS must contain positive integer subscripts.");
    Dims sd = subs_v.dims();
    if (!sd.is_matrix())
        return cx.error("MATLAB:accumarray:nonMatrixSubs", "First input SUBS must be a matrix.");
    bool column = sd.cols() == 1 || subs_v.is_empty();
    size_t n = column ? subs->size() : sd.rows(), d = column ? 1 : sd.cols();
    std::vector<size_t> ext(std::max<size_t>(d, 2), 1);
    if (column)
        ext[0] = 0;
    for (double s : *subs)
        if (!(s >= 1) || s != std::floor(s) || std::isinf(s))
            return cx.error("MATLAB:accumarray:nonPosIntSubs", "First input SUBS must contain positive integer subscripts.");
    for (size_t i = 0; i < n; ++i)
        for (size_t k = 0; k < d; ++k)
            ext[k] = std::max(ext[k], static_cast<size_t>((*subs)[i + k * n]));
    if (!rest.empty() && !rest[0].is_empty()) {
        auto sz = read_doubles(rest[0]);
        bool ok = sz && sz->size() == std::max<size_t>(d, 2) && (d > 1 || (*sz)[1] == 1);
        if (!ok)
            return cx.error("MATLAB:accumarray:invalidSz", "Third input SZ must be a full row vector with one element for each column of SUBS.");
        for (size_t k = 0; k < sz->size(); ++k) {
            if ((*sz)[k] < static_cast<double>(ext[k]) || (*sz)[k] != std::floor((*sz)[k]))
                return cx.error("MATLAB:accumarray:invalidSzValue", "First input SUBS and third input SZ must satisfy ALL(MAX(SUBS)<=SZ).");
            ext[k] = static_cast<size_t>((*sz)[k]);
        }
    }
    std::vector<size_t> pos(n);
    for (size_t i = 0; i < n; ++i) {
        size_t p = 0, stride = 1;
        for (size_t k = 0; k < d; ++k) {
            p += (static_cast<size_t>((*subs)[i + k * n]) - 1) * stride;
            stride *= ext[k];
        }
        pos[i] = p;
    }
    return std::make_pair(std::move(pos), Dims(ext));
}

VoidResult accumarray_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args[0].class_id() == ClassId::Cell)
        return cx.error("RunMat:notImplemented", "accumarray with a cell array of subscripts is not supported yet.");
    auto [pos, shape] = TRY(accum_positions(cx, args[0], args.subspan(2)));
    Value const& vals_v = args[1];
    ClassId vc = vals_v.class_id();
    auto vals = read_doubles(vals_v);
    if (!vals || !(vc == ClassId::Double || vc == ClassId::Logical || vc == ClassId::Char))
        return vals_v.as_double_array() ? cx.error("RunMat:notImplemented", "accumarray of complex values is not supported yet.")
                                        : cx.error("RunMat:notImplemented", "accumarray of " + std::string(class_name(vc)) + " values is not supported yet.");
    if (vals->size() != pos.size() && vals->size() != 1)
        return cx.error("MATLAB:accumarray:nmismatch", "Second input VAL must be a vector with one element for each row in SUBS, or a scalar.");
    Accum fun = args.size() > 3 ? TRY(accum_fun(cx, args[3])) : Accum::Sum;
    double fill = 0;
    if (args.size() > 4 && !args[4].is_empty()) {
        auto f = read_doubles(args[4]);
        if (!f || f->size() != 1)
            return cx.error("MATLAB:accumarray:nonscalarFillv", "Fifth input FILLVAL must be a scalar.");
        fill = (*f)[0];
    }
    if (args.size() > 5) {
        auto sparse = read_doubles(args[5]);
        if (sparse && sparse->size() == 1 && (*sparse)[0] != 0)
            return cx.error("RunMat:notImplemented", "Sparse accumarray results are not supported.");
    }
    size_t n = shape.numel();
    std::vector<double> acc(n, 0.0), count(n, 0.0);
    for (size_t i = 0; i < pos.size(); ++i) {
        double v = vals->size() == 1 ? (*vals)[0] : (*vals)[i];
        double& a = acc[pos[i]];
        bool first = count[pos[i]] == 0;
        count[pos[i]] += 1;
        switch (fun) {
        case Accum::Sum:
        case Accum::Mean: a += v; break;
        case Accum::Prod: a = first ? v : a * v; break;
        // max and min skip NaN: the result is NaN only when every value is (a stays NaN
        // until a number arrives; a NaN never beats a number).
        case Accum::Max: a = first || a != a || v > a ? v : a; break;
        case Accum::Min: a = first || a != a || v < a ? v : a; break;
        case Accum::Count: break;
        }
    }
    auto out = new_double(shape);
    for (size_t p = 0; p < n; ++p) {
        double r = fun == Accum::Count ? count[p] : fun == Accum::Mean ? acc[p] / count[p] : acc[p];
        out->data()[p] = count[p] == 0 ? fill : r;
    }
    outs[0] = make_double(std::move(out));
    return {};
}

} // namespace

void register_array_hist_builtins(BuiltinTable& t)
{
    t.add({ .name = "histc", .fn = histc_builtin, .min_in = 2, .max_in = 3, .max_out = 2 });
    t.add({ .name = "histcounts", .fn = histcounts_builtin, .min_in = 1, .max_in = -1, .max_out = 3 });
    t.add({ .name = "accumarray", .fn = accumarray_builtin, .min_in = 2, .max_in = 6, .max_out = 1 });
}

} // namespace runmat::runtime::arrays

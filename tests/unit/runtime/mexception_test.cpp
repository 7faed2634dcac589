// MException values (properties, display, causes), the error builtins that build and raise
// them, narginchk/nargoutchk through CallContext, validateattributes and validatestring.
#include "runtime/mexception.hpp"
#include "value_test_support.hpp"

namespace runmat::runtime {
namespace {

using namespace test;

Value cellv(std::vector<Value> items)
{
    auto c = make_ref<CellArray>(Dims(1, items.size()));
    for (size_t i = 0; i < items.size(); ++i)
        c->data()[i] = std::move(items[i]);
    return Value::object(std::move(c));
}

RuntimeError thrown(std::string id, std::string msg)
{
    RuntimeError e = make_error(std::move(id), std::move(msg));
    e.stack.push_back({ "inner", "/tmp/f.m", 12, 3 });
    e.stack.push_back({ "main", "/tmp/main.m", 4, 1 });
    return e;
}

TEST(MException, IdentifierMessageAndClass)
{
    Value me = make_mexception(make_error("a:b", "boom"));
    ASSERT_NE(as_mexception(me), nullptr);
    EXPECT_EQ(value_class_name(me), "MException");
    EXPECT_EQ(text(mexception_field(*as_mexception(me), "identifier").value()), "a:b");
    EXPECT_EQ(text(mexception_field(*as_mexception(me), "message").value()), "boom");
    EXPECT_TRUE(mexception_field(*as_mexception(me), "nosuch").is_error());
}

TEST(MException, StackIsColumnStructInnermostFirst)
{
    Value me = make_mexception(thrown("a:b", "x"));
    Value s = mexception_field(*as_mexception(me), "stack").value();
    StructArray const* st = as_struct(s);
    ASSERT_NE(st, nullptr);
    EXPECT_EQ(st->shape(), Dims(2, 1));
    ASSERT_EQ(st->field_names(), (std::vector<std::string> { "file", "name", "line" }));
    EXPECT_EQ(text(st->at(0, 1)), "inner");
    EXPECT_EQ(re(st->at(0, 2)), std::vector<double> { 12 });
    EXPECT_EQ(text(st->at(1, 0)), "/tmp/main.m");
}

TEST(MException, EmptyStackIsZeroByOneAndCauseIsEmptyCell)
{
    Value me = make_mexception(make_error("a:b", "x"));
    EXPECT_EQ(mexception_field(*as_mexception(me), "stack").value().dims(), Dims(0, 1));
    Value c = mexception_field(*as_mexception(me), "cause").value();
    ASSERT_NE(as_cell_array(c), nullptr);
    EXPECT_EQ(c.dims(), Dims(0, 0));
}

TEST(MException, DisplayListsProperties)
{
    Value me = make_mexception(make_error("demo:x", "Shown 5"));
    EXPECT_EQ(as_mexception(me)->display_body(false),
        "  MException with properties:\n\n"
        "    identifier: 'demo:x'\n"
        "       message: 'Shown 5'\n"
        "         cause: {}\n"
        "         stack: [0\xC3\x97" "1 struct]\n"
        "    Correction: []\n");
}

TEST(MException, ConstructorFormatsAndValidatesIdentifier)
{
    Value me = call1("MException", { str("m:n"), str("v=%d %s"), num(4), str("ok") });
    ASSERT_NE(as_mexception(me), nullptr);
    EXPECT_EQ(as_mexception(me)->error.message, "v=4 ok");
    expect_error(call("MException", { str("nocolon"), str("x") }), "MATLAB:MException:invalidIdentifier");
    expect_error(call("MException", { str("a b:c"), str("x") }), "MATLAB:MException:invalidIdentifier");
}

TEST(MException, AddCauseAppendsAndThrowKeepsCauses)
{
    Value base = call1("MException", { str("top:x"), str("top") });
    Value c1 = call1("MException", { str("low:y"), str("low") });
    Value both = call1("addCause", { base, c1 });
    Value cause = mexception_field(*as_mexception(both), "cause").value();
    ASSERT_EQ(cause.dims(), Dims(1, 1));
    auto r = call("throw", { both }, 0);
    ASSERT_TRUE(r.is_error());
    ASSERT_EQ(r.error().causes.size(), 1u);
    EXPECT_EQ(r.error().causes[0].identifier, "low:y");
    EXPECT_TRUE(r.error().stack.empty()); // the VM fills in the throw site
}

TEST(MException, RethrowKeepsStackAndAcceptsStruct)
{
    auto r = call("rethrow", { make_mexception(thrown("k:l", "m")) }, 0);
    ASSERT_TRUE(r.is_error());
    EXPECT_EQ(r.error().stack.size(), 2u);
    auto s = new_struct();
    s->at(0, s->add_field("message")) = str("legacy");
    s->at(0, s->add_field("identifier")) = str("old:id");
    expect_error(call("rethrow", { Value::object(std::move(s)) }, 0), "old:id", "legacy");
}

TEST(MException, GetReportNamesTheRaisingFunction)
{
    RuntimeError e = thrown("a:b", "bad value");
    e.raised_by = "inner";
    EXPECT_EQ(text(call1("getReport", { make_mexception(e) })), "Error using inner\nbad value");
    EXPECT_EQ(text(call1("getReport", { make_mexception(make_error("a:b", "plain")) })), "plain");
}

TEST(MException, ErrorStructEmptyMessageRaisesNothing)
{
    auto s = new_struct();
    s->at(0, s->add_field("message")) = str("");
    s->at(0, s->add_field("identifier")) = str("x:y");
    EXPECT_FALSE(call("error", { Value::object(std::move(s)) }, 0).is_error());
    auto t = new_struct();
    t->at(0, t->add_field("message")) = str("msg");
    expect_error(call("error", { Value::object(std::move(t)) }, 0), "", "msg");
}

TEST(MessageId, Rules)
{
    EXPECT_TRUE(is_message_id("a:b"));
    EXPECT_TRUE(is_message_id("MATLAB:index:outOfBounds"));
    EXPECT_TRUE(is_message_id("x1_y:z-2"));
    EXPECT_FALSE(is_message_id("nocolon"));
    EXPECT_FALSE(is_message_id(":a"));
    EXPECT_FALSE(is_message_id("a:"));
    EXPECT_FALSE(is_message_id("1a:b"));
    EXPECT_FALSE(is_message_id("a b:c"));
}

// narginchk reads the caller's counts from the CallContext the VM fills in.
Result<std::vector<Value>> call_as(std::string_view name, std::vector<Value> const& args, std::optional<uint32_t> nin, std::optional<uint32_t> nout)
{
    static RuntimeState state;
    static NullEnvironment env;
    CallContext cx { state, env, name, 0, nullptr };
    cx.caller_nargin = nin;
    cx.caller_nargout = nout;
    std::vector<Value> outs(1);
    VoidResult r = builtins().find(name)->fn(cx, args, outs);
    if (r.is_error())
        return r.release_error();
    return outs;
}

TEST(NarginChk, BoundsAndMessages)
{
    EXPECT_FALSE(call_as("narginchk", { num(1), num(2) }, 2, 0).is_error());
    EXPECT_FALSE(call_as("narginchk", { num(1), num(INFINITY) }, 9, 0).is_error());
    expect_error(call_as("narginchk", { num(2), num(3) }, 1, 0), "MATLAB:narginchk:notEnoughInputs", "Not enough input arguments.");
    expect_error(call_as("narginchk", { num(0), num(1) }, 2, 0), "MATLAB:narginchk:tooManyInputs", "Too many input arguments.");
    expect_error(call_as("nargoutchk", { num(1), num(1) }, 0, 0), "MATLAB:nargoutchk:notEnoughOutputs", "Not enough output arguments.");
    expect_error(call_as("nargoutchk", { num(0), num(1) }, 0, 2), "MATLAB:nargoutchk:tooManyOutputs", "Too many output arguments.");
    EXPECT_TRUE(call_as("narginchk", { num(0), num(1) }, std::nullopt, std::nullopt).is_error());
}

TEST(ValidateAttributes, PassesAndFails)
{
    EXPECT_FALSE(call("validateattributes", { row({ 1, 2, 3 }), cellv({ str("numeric") }), cellv({ str("increasing"), str("numel"), num(3) }) }, 0).is_error());
    expect_error(call("validateattributes", { num(-1), cellv({ str("numeric") }), cellv({ str("positive") }) }, 0),
        "MATLAB:expectedPositive", "Expected input to be positive.");
    expect_error(call("validateattributes", { num(1.5), cellv({ str("numeric") }), cellv({ str("integer") }), str("f"), str("X"), num(2) }, 0),
        "MATLAB:f:expectedInteger", "Expected input number 2, X, to be integer-valued.");
    expect_error(call("validateattributes", { str("a"), cellv({ str("double") }), cellv({}) }, 0),
        "MATLAB:invalidType", "Expected input to be one of these types:\n\ndouble\n\nInstead its type was char.");
    expect_error(call("validateattributes", { mat(2, 2, { 1, 2, 3, 4 }), cellv({}), cellv({ str("size"), row({ 2, 3 }) }) }, 0),
        "MATLAB:incorrectSize", "Expected input to be of size 2x3 when it is actually size 2x2.");
}

TEST(ValidateString, PrefixMatching)
{
    Value opts = cellv({ str("linear"), str("nearest") });
    EXPECT_EQ(text(call1("validatestring", { str("NEA"), opts })), "nearest");
    expect_error(call("validatestring", { str("z"), opts }), "MATLAB:unrecognizedStringChoice");
    expect_error(call("validatestring", { str("c"), cellv({ str("cubic"), str("cos") }) }), "MATLAB:ambiguousStringChoice");
}

} // namespace
} // namespace runmat::runtime

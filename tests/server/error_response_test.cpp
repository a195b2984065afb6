#include "server/error_response.h"

#include <Poco/Exception.h>
#include <gtest/gtest.h>

#include "json/document_json.h"

namespace arsip::server {
namespace {

template <typename E, typename... Args>
ErrorReply reply_for(Args&&... args) {
    return error_reply(std::make_exception_ptr(E(std::forward<Args>(args)...)));
}

TEST(ErrorResponseTest, MapsEachErrorToItsStatus) {
    const struct {
        const char* name;
        ErrorReply reply;
        int status;
        const char* error;
        bool log_cause;
    } cases[] = {
        {"query", reply_for<QueryError>("size: a whole number"), 400, "bad request", false},
        {"not found", reply_for<NotFoundError>("id: no document 'x'"), 404, "not found", false},
        {"index", reply_for<IndexError>("var/index: cannot open"), 503, "index unavailable", true},
        {"route", reply_for<HttpError>(404, "path: no such route"), 404, "not found", false},
        {"method", reply_for<HttpError>(405, "method: POST"), 405, "method not allowed", false},
        {"size", reply_for<HttpError>(413, "uri: too long"), 413, "request too large", false},
        {"input", reply_for<InputError>("f.xml", 3, "bad"), 500, "internal error", true},
        {"std", reply_for<std::runtime_error>("boom"), 500, "internal error", true},
        {"poco", reply_for<Poco::IOException>("broken"), 500, "internal error", true},
        {"http 500", reply_for<HttpError>(500, "inner"), 500, "internal error", true},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(c.reply.status, c.status);
        EXPECT_EQ(c.reply.error, c.error);
        EXPECT_EQ(c.reply.log_cause, c.log_cause);
    }
}

TEST(ErrorResponseTest, DetailNamesTheParameterAndHidesInternals) {
    const ErrorReply bad = reply_for<QueryError>("date_from: not a day");
    EXPECT_EQ(bad.detail, "date_from: not a day");
    // The causes of 500 and 503 name files of the server: they go to the log only.
    for (const ErrorReply& hidden : {reply_for<std::runtime_error>("secret /srv/path"),
                                     reply_for<IndexError>("/srv/path: cannot open the index")}) {
        SCOPED_TRACE(hidden.status);
        EXPECT_EQ(hidden.detail.find("/srv/path"), std::string::npos);
        EXPECT_FALSE(hidden.detail.empty());
        EXPECT_NE(hidden.cause.find("/srv/path"), std::string::npos);
    }
    const ErrorReply thrown = error_reply(std::make_exception_ptr(42));
    EXPECT_EQ(thrown.status, 500);
}

TEST(ErrorResponseTest, BodyIsErrorAndDetail) {
    ErrorReply reply;
    reply.status = 400;
    reply.error = "bad request";
    reply.detail = "q: \"unbalanced";
    EXPECT_EQ(json::stringify(error_json(reply)),
              R"({"error":"bad request","detail":"q: \"unbalanced"})");
}

}  // namespace
}  // namespace arsip::server

#include "server/export_handler.h"

#include <Poco/JSON/Stringifier.h>
#include <Poco/Net/HTTPRequest.h>

#include <ostream>

#include "model/errors.h"
#include "server/csv.h"
#include "server/export_format.h"
#include "server/search_params.h"

namespace arsip::server {
namespace {

enum class ExportFormat { Csv, Json };

ExportFormat format_parameter(const QueryParameters& query) {
    const std::string format = single_parameter(query, "format").value_or("csv");
    if (format == "csv") return ExportFormat::Csv;
    if (format == "json") return ExportFormat::Json;
    throw QueryError("format: csv or json");
}

// A JSON value (string or number) written by Poco's stringifier.
void write_json_value(std::ostream& out, const Poco::Dynamic::Var& value) {
    Poco::JSON::Stringifier::stringify(value, out);
}

// Writes every hit of `search` to `out` in `format`.
void stream_hits(std::ostream& out, index::Searcher& searcher, const index::SearchRequest& search,
                 ExportFormat format, std::size_t total) {
    if (format == ExportFormat::Csv) {
        out << csv_record(export_csv_header());
        searcher.for_each_hit(search,
                              [&](const index::SearchHit& hit, const model::Document& document) {
                                  out << csv_record(export_csv_fields(hit, document));
                                  return out.good();
                              });
        return;
    }
    // {"total": N, "hits": [hit, ...]}: each hit and value by Poco::JSON, only the brackets and
    // commas between them written here.
    out << '{';
    write_json_value(out, "total");
    out << ':';
    write_json_value(out, static_cast<Poco::UInt64>(total));
    out << ',';
    write_json_value(out, "hits");
    out << ":[";
    bool first = true;
    searcher.for_each_hit(search,
                          [&](const index::SearchHit& hit, const model::Document& document) {
                              if (!first) out << ',';
                              first = false;
                              export_hit_json(hit, document)->stringify(out);
                              return out.good();
                          });
    out << "]}";
}

}  // namespace

void ExportHandler::serve(Poco::Net::HTTPServerRequest& request,
                          Poco::Net::HTTPServerResponse& response) {
    index::SearchRequest search = parse_search_request(query_, {"format"});
    const ExportFormat format = format_parameter(query_);
    search.count_facets = false;
    search.suggest = false;
    index::SearchRequest count = search;
    count.size = 0;

    context_.searchers.with_searcher([&](index::Searcher& searcher) {
        // The total first (this also checks the query, so a bad one is still a 400); the same
        // searcher then streams exactly the hits it counted.
        const std::size_t total = searcher.search(count).total;

        response.setChunkedTransferEncoding(true);
        response.set("Cache-Control", "no-store");
        if (format == ExportFormat::Csv) {
            response.setContentType("text/csv; charset=utf-8");
            response.set("Content-Disposition", "attachment; filename=\"arsip-export.csv\"");
        } else {
            response.setContentType("application/json; charset=utf-8");
            response.set("Content-Disposition", "attachment; filename=\"arsip-export.json\"");
        }
        std::ostream& out = response.send();
        if (request.getMethod() == Poco::Net::HTTPRequest::HTTP_HEAD) return;
        try {
            stream_hits(out, searcher, search, format, total);
        } catch (const IndexError& e) {
            // Half sent: not to be retried, the connection is cut (api_handler.h).
            throw Error(std::string("export: ") + e.what());
        }
        out.flush();
        if (!out.good()) throw Error("export: the connection failed while streaming");
    });
}

}  // namespace arsip::server

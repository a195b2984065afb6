#include "server/static_file_handler.h"

#include "model/errors.h"
#include "server/static_files.h"

namespace arsip::server {

void StaticFileHandler::serve(Poco::Net::HTTPServerRequest&,
                              Poco::Net::HTTPServerResponse& response) {
    if (context_.web_root.empty())
        throw NotFoundError("path: no such route (the server has no web folder)");
    const StaticFile file = resolve_static_file(context_.web_root, segments_);
    if (file.lookup == StaticLookup::Refused) throw QueryError(file.reason);
    if (file.lookup == StaticLookup::Missing) throw NotFoundError("path: no such file or route");
    response.set("Cache-Control", "no-cache");
    response.set("X-Content-Type-Options", "nosniff");
    response.sendFile(file.file.string(), content_type_for(file.file));
}

}  // namespace arsip::server

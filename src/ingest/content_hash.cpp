#include "ingest/content_hash.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

namespace arsip::ingest {

std::string sha256_hex(std::string_view bytes) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes.data(), bytes.size());
    return Poco::DigestEngine::digestToHex(engine.digest());
}

}  // namespace arsip::ingest

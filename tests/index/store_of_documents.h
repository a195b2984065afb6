// A database of hand-made Xapian documents with its facet store, for the index tests that need
// slot values the index writer would not write (many values, odd dates, tied sort keys).
#pragma once

#include <xapian.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "index/facet_store.h"

namespace arsip::testing {

// Writes `documents` (docid i + 1 is documents[i]) into a new database in `folder`, writes its
// facet store and opens it (nullptr when it does not open).
inline std::shared_ptr<const index::FacetStore> store_of_documents(const std::filesystem::path& folder,
                                                                   const std::vector<Xapian::Document>& documents) {
    {
        Xapian::WritableDatabase db(folder.string(), Xapian::DB_CREATE_OR_OVERWRITE);
        for (const auto& document : documents) db.add_document(document);
        db.commit();
        index::FacetStore::write(db, folder);
    }
    return index::FacetStore::open(folder, Xapian::Database(folder.string()));
}

}  // namespace arsip::testing

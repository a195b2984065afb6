// The index schema: every term prefix and value slot Arsip writes, with its encoding. Nothing
// else in the code base spells a prefix or a slot number; the query parser's field names come
// from kFields below. Letters follow Xapian omega's conventions where they exist (Q id, S title).
//
// Each Arsip document becomes one Xapian document of kind "document"; each Pasal of an agreement
// also becomes one Xapian document of kind "clause" that carries its parent's boolean terms, so
// filters work the same in both modes.
//
// Document data (Xapian's docdata): a document stores the whole model::Document as compact JSON
// (json::to_json_string); a clause document stores its Pasal number as written ("5A"), nothing
// else: its parent's id is in kParentIdSlot and its text is in the parent's stored clauses.
// (Before schema version 5 a clause stored a JSON record starting kClauseRecordStart, with the
// parent's title, type and date and the clause; the searcher still reads those.)
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace arsip::index::schema {

// ---- Term prefixes ---------------------------------------------------------------------------
// Boolean terms are prefix + value; a ':' is put between them when the value starts with an
// upper-case letter or ':' (Xapian's QueryParser convention for multi-letter prefixes).
// Facet values are case-folded (see facet_value.h); the display form is kept in the database
// metadata under kDisplayKeyPrefix + term.

// Q<id>: unique id; "Q" + document id, or "Q" + document id + "#pasal-" + number for a clause.
inline constexpr std::string_view kId = "Q";
// S<word>: free-text title words (unstemmed and Z-stemmed, as the TermGenerator writes them).
inline constexpr std::string_view kTitle = "S";
// XKIND<kind>: "document" or "clause" (see kKindDocument, kKindClause).
inline constexpr std::string_view kKind = "XKIND";
// XTYPE<type>: document type name: article, nota-kesepahaman, kesepakatan-bersama,
// perjanjian-kerja-sama, addendum, other.
inline constexpr std::string_view kType = "XTYPE";
// XYEAR<yyyy>: year of the document's date (publication or signing).
inline constexpr std::string_view kYear = "XYEAR";
// XSRC<source>: publisher or issuing archive, case-folded.
inline constexpr std::string_view kSource = "XSRC";
// XPLACE<place>: a place the document names (entities) and its dateline or signing place,
// case-folded canonical name ("kalimantan timur", "balikpapan").
inline constexpr std::string_view kPlace = "XPLACE";
// XINST<institution>: an institution the document names (entities, canonical name) or that is
// party to the agreement, case-folded.
inline constexpr std::string_view kInstitution = "XINST";
// XOFF<name>: an official the document names (entities: name without honorifics) or who signs
// or represents a party, case-folded.
inline constexpr std::string_view kOfficial = "XOFF";
// XAMT<ee>: the document names a rupiah amount in [10^ee, 10^(ee+1)), ee two decimal digits
// ("09": Rp1 miliar up to Rp10 miliar). One term per range present.
inline constexpr std::string_view kAmountRange = "XAMT";
// XPARENT<id>: on clause documents, the id of the agreement they belong to.
inline constexpr std::string_view kParent = "XPARENT";
// XPASAL<number>: on clause documents, the Pasal number as written ("5a" after folding).
inline constexpr std::string_view kClauseNumber = "XPASAL";
// XFMT<format>: where the document came from: article-xml, agreement-xml, pdf2xml, pdf, text.
inline constexpr std::string_view kFormat = "XFMT";
// XTWIN<hash>: on an agreement's document (any type but article; not on its clauses) with a
// date and a title: the first 32 hex digits of the SHA-256 of "<type>\n<YYYY-MM-DD>\n<title>",
// then "\n<institution>" for each distinct party institution in byte order, where the title and
// the institutions are their words as the analysis splits and folds them (text/words.h), joined
// by single spaces.
// Documents with the same term are twins (the same agreement from two sources) unless both come
// from the archive's own XML; the index keeps one of them (twins.h).
inline constexpr std::string_view kTwin = "XTWIN";

// XC<key>: a concept from the synonym table or from an abbreviation the document teaches
// ("Universitas Mulawarman (Unmul)"): key = the canonical name's folded words joined by '_'
// ("kalimantan_timur"). One posting per mention (wdf), no positions. Xapian's synonym table maps
// every surface form ("kaltim", "kalimantan timur") to this term, so a query for any form finds
// all forms.
inline constexpr std::string_view kConcept = "XC";

// XWP<first> <second>: boolean; the document (or clause) has the unprefixed words `first` and
// `second` at two consecutive positions, both from the pair word list the database was written
// with (kPairWordsKey), as the TermGenerator wrote them (lower case, unstemmed). A quoted
// two-word phrase of such words is answered from it without reading positions (pair_terms.h).
inline constexpr std::string_view kPair = "XWP";

inline constexpr std::string_view kKindDocument = "document";
inline constexpr std::string_view kKindClause = "clause";

// Database metadata key for the display form of a boolean term: kDisplayKeyPrefix + term.
inline constexpr std::string_view kDisplayKeyPrefix = "display:";

// ---- Value slots -----------------------------------------------------------------------------
enum Slot : unsigned {
    // YYYYMMDD as 8 ASCII digits (sorts as a string); empty when the date is unknown.
    kDateSlot = 0,
    // Lower-case hex SHA-256 of the source file's bytes; "unchanged" when it matches on re-index.
    kContentHashSlot = 1,
    // Clause documents: the parent agreement's id, as plain UTF-8 (for collapsing on the parent).
    kParentIdSlot = 2,
    // Clause documents: Xapian::sortable_serialise(numeric part of the Pasal number).
    kClauseOrderSlot = 3,
    // Largest rupiah amount the document names, Xapian::sortable_serialise(double IDR); empty
    // when it names none. Clause documents carry their parent's.
    kLargestAmountSlot = 4,
    // Facet values (see kFacets below), one slot per facet, holding exactly the folded values of
    // that facet's boolean terms on the same Xapian document (clause documents carry their
    // parent's), for counting facets without reading term lists. Encoding (facet_slot.h):
    //  - single-valued facets (type, year): the folded value itself; empty when none;
    //  - multi-valued facets: the distinct folded values in ascending byte order, each written
    //    as one byte holding its length in bytes (1..200: values are cut to
    //    kMaxFacetValueBytes, facet_value.h) followed by the value's bytes; empty when none.
    kTypeFacetSlot = 5,
    kYearFacetSlot = 6,
    kPlaceFacetSlot = 7,
    kInstitutionFacetSlot = 8,
    kOfficialFacetSlot = 9,
    kSourceFacetSlot = 10,
};

// ---- Facets ----------------------------------------------------------------------------------
// The facets the search API counts and filters on, in the order results list them.
struct Facet {
    std::string_view name;    // as the API spells it: "type"
    std::string_view prefix;  // its boolean term prefix (above)
    Slot slot;                // the value slot holding its values (above)
    bool multi_valued;        // false: a document has at most one value
};

inline constexpr std::array<Facet, 6> kFacets{{
    {"type", kType, kTypeFacetSlot, false},
    {"year", kYear, kYearFacetSlot, false},
    {"place", kPlace, kPlaceFacetSlot, true},
    {"institution", kInstitution, kInstitutionFacetSlot, true},
    {"official", kOfficial, kOfficialFacetSlot, true},
    {"source", kSource, kSourceFacetSlot, true},
}};

// The facet called `name`, or nullptr.
const Facet* find_facet(std::string_view name);

// What a clause document's data starts with when it is a record written before schema version 5.
inline constexpr std::string_view kClauseRecordStart = "{\"parent_id\":";

// ---- Database metadata -----------------------------------------------------------------------
// kDisplayKeyPrefix (above): display forms of boolean terms.
// kSchemaVersionKey: the schema version (decimal, "5") every document in the database was
// written with. Databases written before it existed have no such key: version 1 (no facet
// slots, no amount slot on clauses); version 2 has no pair terms (kPair). The index writer
// re-indexes every document of an older database and writes the key once all of them are
// rewritten (index_writer.h). Version 3 has no twin terms (kTwin).
// Version 4 stores a JSON record on each clause document (see "Document data" above).
inline constexpr std::string_view kSchemaVersionKey = "arsip:schema";
inline constexpr int kSchemaVersion = 5;
// The first schema version whose documents all carry their pair terms (kPair).
inline constexpr int kPairTermsSchemaVersion = 3;
// kTwinFileKeyPrefix + <content hash>: a source file the index does not keep because of its
// twin (twins.h): "<twin term>\n<kept document's id>\n<the file's document id>". A later run
// need not load that file again while the kept document still holds the twin term
// (IndexWriter::known_content); an entry whose kept document has gone or changed is ignored.
inline constexpr std::string_view kTwinFileKeyPrefix = "arsip:twin-file:";
// kPairWordsKey: the pair word list (kPair) the database's documents were written with, one
// word a line; a writer of a database that has one keeps using it.
inline constexpr std::string_view kPairWordsKey = "arsip:pair-words";

// ---- Query parser fields ---------------------------------------------------------------------
struct Field {
    std::string_view name;    // as typed in a query: judul:kerja
    std::string_view prefix;  // one of the prefixes above
    bool boolean;             // true: a filter on an exact (case-folded) value; false: free text
};

// Indonesian names first, English aliases after.
inline constexpr std::array<Field, 14> kFields{{
    {"judul", kTitle, false},
    {"jenis", kType, true},
    {"tahun", kYear, true},
    {"sumber", kSource, true},
    {"tempat", kPlace, true},
    {"lembaga", kInstitution, true},
    {"pejabat", kOfficial, true},
    {"title", kTitle, false},
    {"type", kType, true},
    {"year", kYear, true},
    {"source", kSource, true},
    {"place", kPlace, true},
    {"institution", kInstitution, true},
    {"official", kOfficial, true},
}};

// prefix + value, with ':' between them when Xapian's convention asks for it.
std::string term(std::string_view prefix, std::string_view value);

// True for a prefixed term (its first letter a capital, Xapian's convention): stems (Z), title
// words (S), boolean and concept terms. The text's own words (lower case, digits) are not.
inline bool is_prefixed(std::string_view term) { return !term.empty() && term[0] >= 'A' && term[0] <= 'Z'; }

}  // namespace arsip::index::schema

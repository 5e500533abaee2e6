// libFuzzer target: the TrustDesk JSON import's parse-and-validate step on arbitrary bytes.
// Everything an office receives from elsewhere goes through CaseImporter::parse first.
#include "interchange/caseimporter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto parsed = td::CaseImporter::parse(bytes);
    if (parsed) {
        // Touch what a caller would read, so the values are really built.
        qsizetype total = parsed->withheldFields.size();
        for (const auto &c : parsed->cases)
            total += c.reference.size() + c.incidents.size();
        (void)total;
    }
    return 0;
}

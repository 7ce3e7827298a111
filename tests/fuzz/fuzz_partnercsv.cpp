// libFuzzer target: the partner CSV reader (any encoding, any delimiter, any size it allows).
#include "file/PartnerCsvReader.h"

#include <QBuffer>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const PartnerCsvReader::Result result = PartnerCsvReader::read(buffer, Partner());
    for (const Partner& p : result.partners) {
        if (p.code.isEmpty())
            __builtin_trap(); // the reader promises a code for every partner it returns
    }
    return 0;
}

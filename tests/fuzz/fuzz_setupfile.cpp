// libFuzzer target: the setup file reader. Whatever the bytes, parse() returns a document or an
// error, never throws or crashes; a document it reads saves and reads back as itself.
#include "file/SetupFileFormat.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const SetupFileFormat::Decoded decoded = SetupFileFormat::parse(bytes, QStringLiteral("fuzz.p2p.json"));
    if (!decoded.document)
        return 0;
    const QByteArray saved = SetupFileFormat::serialize(decoded.document->data, decoded.document->preserved);
    const SetupFileFormat::Decoded again = SetupFileFormat::parse(saved, QStringLiteral("saved.p2p.json"));
    if (!again.document || again.document->data != decoded.document->data)
        std::abort(); // a file this program wrote must read back as what it wrote
    return 0;
}

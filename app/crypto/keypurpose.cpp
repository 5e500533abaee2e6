#include "keypurpose.h"

namespace td {

const char *keyContext(KeyPurpose purpose)
{
    // Exactly eight characters each (crypto_kdf_CONTEXTBYTES); the terminating NUL is not used.
    switch (purpose) {
    case KeyPurpose::Pages:
        return "TDpages1";
    case KeyPurpose::EvidenceContent:
        return "TDevid01";
    case KeyPurpose::EvidenceNames:
        return "TDevnm01";
    case KeyPurpose::Drafts:
        return "TDdraft1";
    case KeyPurpose::Thumbnails:
        return "TDthumb1";
    case KeyPurpose::Backups:
        return "TDbackp1";
    }
    return "TDunknwn";
}

} // namespace td

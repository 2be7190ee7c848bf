/* For the checks under wine only (scripts/check-windows.sh); never shipped.
 *
 * Rust's standard library (1.78 and later) takes its random numbers from
 * ProcessPrng in bcryptprimitives.dll, which every supported Windows (10,
 * 11) has but wine 8 (Debian 12) does not. This stand-in answers with
 * RtlGenRandom (advapi32's SystemFunction036), which wine has, so the
 * Windows .exe files can start under wine. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}

/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Short names for the GNU C attributes U-Boot code uses. Each is guarded,
 * since a C library may define some of them itself.
 */
#ifndef __DTOC_RT_LINUX_COMPILER_H
#define __DTOC_RT_LINUX_COMPILER_H

#ifndef __aligned
#define __aligned(x)		__attribute__((aligned(x)))
#endif
#ifndef __section
#define __section(s)		__attribute__((section(s)))
#endif
#ifndef __maybe_unused
#define __maybe_unused		__attribute__((unused))
#endif
#ifndef __used
#define __used			__attribute__((used))
#endif
#ifndef __weak
#define __weak			__attribute__((weak))
#endif
#ifndef __packed
#define __packed		__attribute__((packed))
#endif
#ifndef __always_inline
#define __always_inline		inline __attribute__((always_inline))
#endif
#ifndef notrace
#define notrace
#endif

#endif /* __DTOC_RT_LINUX_COMPILER_H */

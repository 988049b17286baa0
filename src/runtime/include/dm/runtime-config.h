/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The runtime's compile-time switches, with U-Boot's option names.
 *
 * A project sets them with -D flags (-DCONFIG_DM_DEVICE_REMOVE=0) or a
 * header given with -include, and must give the same settings to every
 * object that includes the runtime's headers (the runtime itself, dtoc's
 * generated files, drivers, the board): some change struct udevice. A
 * switch is on when defined as 1, off when defined as 0; one left
 * undefined takes the default below, which is the runtime as it was
 * before the switches (everything in). doc/runtime.md has the table.
 *
 * Test them as U-Boot code does: IS_ENABLED(CONFIG_X) or
 * CONFIG_IS_ENABLED(X), in C or in #if.
 */
#ifndef _DM_RUNTIME_CONFIG_H
#define _DM_RUNTIME_CONFIG_H

/*
 * IS_ENABLED(CONFIG_X): 1 if CONFIG_X is defined as 1, else 0 (undefined,
 * 0 or anything else). The token pasting turns "1" into a placeholder
 * that adds an argument, which shifts which value is picked.
 */
#ifndef IS_ENABLED
#define __dm_rt_on_1				0,
#define __dm_rt_pick(ignored, val, ...)		val
#define __dm_rt_test(arg_or_junk)		__dm_rt_pick(arg_or_junk 1, 0, 0)
#define __dm_rt_paste(val)			__dm_rt_test(__dm_rt_on_##val)
#define IS_ENABLED(option)			__dm_rt_paste(option)
#endif

/*
 * CONFIG_IS_ENABLED(X): U-Boot picks CONFIG_SPL_X in SPL and so on; the
 * runtime is one phase, so this is IS_ENABLED(CONFIG_X).
 */
#ifndef CONFIG_IS_ENABLED
#define CONFIG_IS_ENABLED(option)		IS_ENABLED(CONFIG_##option)
#endif

/* The runtime only knows of-platdata: there is no devicetree at run time */
#ifndef CONFIG_OF_PLATDATA
#define CONFIG_OF_PLATDATA			1
#endif

/*
 * CONFIG_OF_PLATDATA_INST: 1, the program uses dtoc -i output only (the
 * code that binds driver_info records is left out); 0, dtoc's plain
 * output only (the -i start-up is left out). Undefined (the default):
 * both, chosen at run time by whether dt-uclass.c is linked.
 */
#if !defined(CONFIG_OF_PLATDATA_INST)
#define DM_RT_HAS_INST				1
#define DM_RT_HAS_PLAIN				1
#elif IS_ENABLED(CONFIG_OF_PLATDATA_INST)
#define DM_RT_HAS_INST				1
#define DM_RT_HAS_PLAIN				0
#else
#define DM_RT_HAS_INST				0
#define DM_RT_HAS_PLAIN				1
#endif

/*
 * CONFIG_OF_PLATDATA_NO_BIND (needs CONFIG_OF_PLATDATA_INST=1): no
 * binding at run time; device_bind() and friends return -ENOSYS and the
 * binding code is not linked. Default 0.
 */
#ifndef CONFIG_OF_PLATDATA_NO_BIND
#define CONFIG_OF_PLATDATA_NO_BIND		0
#endif
#if IS_ENABLED(CONFIG_OF_PLATDATA_NO_BIND) && DM_RT_HAS_PLAIN
#error "CONFIG_OF_PLATDATA_NO_BIND needs CONFIG_OF_PLATDATA_INST=1"
#endif

/*
 * CONFIG_OF_PLATDATA_RT (needs CONFIG_OF_PLATDATA_INST=1): a device's
 * flags live in a table allocated at dm_init() (struct udevice_rt), not
 * in struct udevice, so that dtoc's device records are never written for
 * them. Default 0.
 */
#ifndef CONFIG_OF_PLATDATA_RT
#define CONFIG_OF_PLATDATA_RT			0
#endif
#if IS_ENABLED(CONFIG_OF_PLATDATA_RT) && DM_RT_HAS_PLAIN
#error "CONFIG_OF_PLATDATA_RT needs CONFIG_OF_PLATDATA_INST=1"
#endif

/*
 * CONFIG_OF_PLATDATA_DRIVER_RT: the table from driver_info idx to the
 * device bound from it (struct driver_rt), which plain mode needs (U-Boot
 * selects it whenever OF_PLATDATA_INST is off). Default: on when plain
 * mode is built.
 */
#ifndef CONFIG_OF_PLATDATA_DRIVER_RT
#define CONFIG_OF_PLATDATA_DRIVER_RT		DM_RT_HAS_PLAIN
#endif
#if !IS_ENABLED(CONFIG_OF_PLATDATA_DRIVER_RT) && DM_RT_HAS_PLAIN
#error "plain mode (CONFIG_OF_PLATDATA_INST not 1) needs CONFIG_OF_PLATDATA_DRIVER_RT"
#endif

/*
 * CONFIG_DM_SEQ_ALIAS: number devices from /aliases. Accepted, with no
 * effect, as in U-Boot with of-platdata: there are no aliases at run time
 * (dtoc -i has already numbered devices from them). Default 1.
 */
#ifndef CONFIG_DM_SEQ_ALIAS
#define CONFIG_DM_SEQ_ALIAS			1
#endif

/*
 * CONFIG_DM_DEVICE_REMOVE: device_remove(), device_unbind() and
 * dm_remove_devices_flags(). Off, they are inline functions returning 0
 * and no removal code is linked (dm_uninit() still frees what driver
 * model allocated, without calling any hook). Default 1.
 */
#ifndef CONFIG_DM_DEVICE_REMOVE
#define CONFIG_DM_DEVICE_REMOVE			1
#endif

/*
 * CONFIG_DM_WARN: driver model's warnings (dm_warn(): a missing driver or
 * uclass, a NULL device given to an accessor, ...) on the board's
 * console. CONFIG_DM_DEBUG: its debug messages too (each bind and probe).
 * Off (the default), the messages and their strings are not compiled in.
 */
#ifndef CONFIG_DM_WARN
#define CONFIG_DM_WARN				0
#endif
#ifndef CONFIG_DM_DEBUG
#define CONFIG_DM_DEBUG				0
#endif

/*
 * CONFIG_OF_PLATDATA_VARIANT (the runtime's own; U-Boot has no board
 * variants): the board-variant code of <dm/variant.h>
 * (board_select_variant(), board_fix_plat()). Off, it is not linked;
 * dm_init() then fails with -ENOSYS if dtoc --variant's table is linked
 * in or the board defines board_fix_plat(), rather than silently run the
 * base or skip the hook. Default 1.
 */
#ifndef CONFIG_OF_PLATDATA_VARIANT
#define CONFIG_OF_PLATDATA_VARIANT		1
#endif

#endif /* _DM_RUNTIME_CONFIG_H */

/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Driver model: everything a driver or its user normally needs.
 * See <dm/device.h>, <dm/uclass.h>, <dm/platdata.h> and <dm/root.h>.
 */
#ifndef _DM_H_
#define _DM_H_

#include <dm/device.h>
#include <dm/platdata.h>
#include <dm/root.h>
#include <dm/uclass.h>

#endif /* _DM_H_ */

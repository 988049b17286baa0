/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Entry point of the QEMU virt firmware. QEMU loads the ELF into RAM and
 * starts CPU 0 at _start in EL1, MMU and caches off. Set up the exception
 * vectors (any exception prints and exits with a failure, rather than
 * hanging), FP/SIMD access, the stack and .bss, then run main() and exit
 * QEMU with its result.
 */
	.section .text.start, "ax"
	.global _start
_start:
	/* Only CPU 0 runs the firmware */
	mrs	x0, mpidr_el1
	and	x0, x0, #0xff
	cbnz	x0, park

	ldr	x0, =vectors
	msr	vbar_el1, x0
	/* No traps on FP/SIMD instructions (CPACR_EL1.FPEN = 3) */
	mov	x0, #(3 << 20)
	msr	cpacr_el1, x0
	isb

	ldr	x0, =__stack_top
	mov	sp, x0

	ldr	x0, =__bss_start
	ldr	x1, =__bss_end
1:	cmp	x0, x1
	b.hs	2f
	str	xzr, [x0], #8
	b	1b
2:
	bl	main
	bl	board_exit		/* status in w0; does not return */
park:
	wfe
	b	park

/* The vector table: 16 entries of 128 bytes, 2 KiB aligned */
	.section .text.vectors, "ax"
	.balign	2048
vectors:
	.irp	n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	.balign	128
	mov	x0, #\n
	b	exception_entry
	.endr

exception_entry:
	mrs	x1, esr_el1
	mrs	x2, elr_el1
	mrs	x3, far_el1
	/* A fresh stack: the old one may be what failed */
	ldr	x4, =__stack_top
	mov	sp, x4
	bl	board_exception		/* does not return */
	b	park

package ui

import "image/color"

func bg(dark bool) color.Color {
	if dark {
		return color.RGBA{R: 0x1a, G: 0x1b, B: 0x26, A: 0xff}
	}
	return color.RGBA{R: 0xfa, G: 0xfa, B: 0xfa, A: 0xff}
}

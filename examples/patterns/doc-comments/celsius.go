//go:build go1.20

package doccomments

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// region celsius

// Celsius is a temperature in degrees Celsius.
type Celsius float64

// Fahrenheit returns c in degrees Fahrenheit.
func (c Celsius) Fahrenheit() float64 {
	return float64(c)*9/5 + 32
}

// ErrSyntax is returned by [Parse] when its input is not a number
// followed by C or F.
var ErrSyntax = errors.New("doccomments: invalid temperature")

// Parse reads a temperature such as "21.5C" or "70.7F" and returns it in
// degrees Celsius. It returns an error wrapping [ErrSyntax] for any other
// input, including NaN, infinities and temperatures below absolute zero.
func Parse(s string) (Celsius, error) {
	if n, ok := strings.CutSuffix(s, "C"); ok {
		return parseNumber(s, n, func(v float64) Celsius { return Celsius(v) })
	}
	if n, ok := strings.CutSuffix(s, "F"); ok {
		return parseNumber(s, n, func(v float64) Celsius { return Celsius((v - 32) * 5 / 9) })
	}
	return 0, fmt.Errorf("parse %q: %w", s, ErrSyntax)
}

// endregion celsius

const absoluteZero Celsius = -273.15

func parseNumber(s, n string, conv func(float64) Celsius) (Celsius, error) {
	v, err := strconv.ParseFloat(n, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || conv(v) < absoluteZero {
		return 0, fmt.Errorf("parse %q: %w", s, ErrSyntax)
	}
	return conv(v), nil
}

// region deprecated

// MustParse is like [Parse] but panics on invalid input.
//
// Deprecated: Use [Parse] and handle the error; a typo in a temperature
// should not crash the program.
func MustParse(s string) Celsius {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// endregion deprecated

//go:build bad

// Package bad renders invoices as plain text.
package bad

import (
	"fmt"
	"strings"
)

// Line is one item on an invoice.
type Line struct {
	Item     string
	Quantity int
	Cents    int64 // unit price
}

// Render returns the invoice as text: one row per line and a total. The
// products and the total must fit in an int64 of cents.
func Render(customer string, lines []Line) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "Invoice for %s\n\n", customer)
	var total int64
	for _, l := range lines {
		sum := int64(l.Quantity) * l.Cents
		total += sum
		fmt.Fprintf(&b, "%-20s %4d x %8s = %9s\n", l.Item, l.Quantity, money(l.Cents), money(sum))
	}
	fmt.Fprintf(&b, "%-20s %27s\n", "Total", money(total))
	return []byte(b.String())
}

// money formats cents as units and hundredths; it works on the absolute
// value as a uint64, so even math.MinInt64 keeps its sign.
func money(cents int64) string {
	sign, abs := "", uint64(cents)
	if cents < 0 {
		sign, abs = "-", -abs
	}
	return fmt.Sprintf("%s%d.%02d", sign, abs/100, abs%100)
}

//go:build go1.1

package prematureinterface

// region concrete

// FlatTax is a tax of a fixed percentage. It is concrete: callers see what
// it does, and its zero value is a zero tax.
type FlatTax struct {
	Percent int64
}

// Tax returns the tax on an amount in cents, truncated toward zero.
func (f FlatTax) Tax(cents int64) int64 { return cents * f.Percent / 100 }

// Invoice totals a net amount with its tax.
type Invoice struct {
	Net int64
	Tax FlatTax // [!code highlight]
}

// endregion concrete

// Total returns the net amount plus tax.
func (i Invoice) Total() int64 { return i.Net + i.Tax.Tax(i.Net) }

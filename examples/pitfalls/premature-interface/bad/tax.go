//go:build bad && go1.1

package bad

// region premature

// TaxCalculator was added "for testability" before anything needed a second
// implementation. flatTax is the only one, and no test replaces it: tests
// of Invoice can compute a flat tax as well as any fake.
type TaxCalculator interface {
	Tax(cents int64) int64
}

type flatTax struct{ percent int64 }

func (f flatTax) Tax(cents int64) int64 { return cents * f.percent / 100 }

// NewTaxCalculator hides the only implementation behind the interface.
func NewTaxCalculator(percent int64) TaxCalculator { return flatTax{percent} }

// Invoice totals a net amount with its tax.
type Invoice struct {
	Net  int64
	Calc TaxCalculator // [!code highlight]
}

// endregion premature

// Total returns the net amount plus tax.
func (i Invoice) Total() int64 { return i.Net + i.Calc.Tax(i.Net) }

//go:build go1.13

// Package earlyreturn shows the early-return style: handle each error or
// special case first and return, so the main path reads straight down the
// left margin, and split a long function into small steps that each do one
// job.
package earlyreturn

import (
	"context"
	"errors"
	"fmt"
	"math"
)

// Errors an order can fail with.
var (
	ErrEmptyOrder      = errors.New("order has no items")
	ErrInvalidItem     = errors.New("invalid item")
	ErrInvalidDiscount = errors.New("discount is negative")
	ErrInvalidTotal    = errors.New("order total is negative")
	ErrOverflow        = errors.New("order amounts overflow")
)

// Item is one line of an order; prices are in cents.
type Item struct {
	SKU      string
	Price    int64
	Quantity int64
}

// Order is what OrderService processes.
type Order struct {
	ID       string
	Items    []Item
	Discount int64
}

// Amounts are the computed totals of an order.
type Amounts struct {
	Subtotal, Total int64
}

// Repository persists orders.
type Repository interface {
	Save(ctx context.Context, o *Order, a Amounts) error
}

// OrderService processes orders.
type OrderService struct {
	Repo Repository
}

// region process

// ProcessOrder reads as a list of steps. Each failure returns at once with
// the step's name, so there is no else and no nesting, and the last line is
// the success path.
func (s *OrderService) ProcessOrder(ctx context.Context, o *Order) error {
	if err := validateOrder(o); err != nil {
		return fmt.Errorf("validate order %s: %w", o.ID, err) // [!code highlight]
	}
	amounts, err := calculateAmounts(o)
	if err != nil {
		return fmt.Errorf("calculate amounts: %w", err)
	}
	if err := s.Repo.Save(ctx, o, amounts); err != nil {
		return fmt.Errorf("save order %s: %w", o.ID, err)
	}
	return nil
}

// validateOrder rejects what cannot be processed, one guard clause per rule.
func validateOrder(o *Order) error {
	if len(o.Items) == 0 {
		return ErrEmptyOrder
	}
	if o.Discount < 0 {
		return ErrInvalidDiscount // a negative discount would raise the total
	}
	for _, it := range o.Items {
		if it.Quantity <= 0 || it.Price < 0 {
			return fmt.Errorf("item %s: quantity %d, price %d: %w", it.SKU, it.Quantity, it.Price, ErrInvalidItem)
		}
	}
	return nil
}

// endregion process

// calculateAmounts adds up a validated order: prices are not negative and
// quantities are positive, so an int64 can only overflow upwards, and each
// step checks for that before it multiplies or adds.
func calculateAmounts(o *Order) (Amounts, error) {
	var a Amounts
	for _, it := range o.Items {
		if it.Price > math.MaxInt64/it.Quantity {
			return Amounts{}, fmt.Errorf("item %s: %w", it.SKU, ErrOverflow)
		}
		line := it.Price * it.Quantity
		if a.Subtotal > math.MaxInt64-line {
			return Amounts{}, ErrOverflow
		}
		a.Subtotal += line
	}
	a.Total = a.Subtotal - o.Discount
	if a.Total < 0 {
		return Amounts{}, ErrInvalidTotal
	}
	return a, nil
}

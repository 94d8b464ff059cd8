package se.planledger.domain.budget;

/**
 * What a column of a framework table holds: last year's frame (opening), a change component (wage & price index,
 * expansion, reduction, reallocation, named items), this year's frame (closing), or a plain amount in a table
 * without build-up (the investment table's categories, whose row sum is the closing column).
 */
public enum ColumnRole {
    OPENING,
    COMPONENT,
    CLOSING
}

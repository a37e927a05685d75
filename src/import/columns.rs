//! Stub: replaced by the real column map.

/// A company's field a spreadsheet column can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Stand,
    Country,
    Website,
    Sectors,
    Summary,
    Products,
}

/// Columns named by hand (`--columns name=B,stand=D`).
#[derive(Clone, Debug, Default)]
pub struct ColumnMap {
    pub by_hand: Vec<(Column, String)>,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ColumnsError(pub String);

impl std::str::FromStr for ColumnMap {
    type Err = ColumnsError;

    fn from_str(text: &str) -> Result<ColumnMap, ColumnsError> {
        Err(ColumnsError(format!("--columns `{text}` is not read yet")))
    }
}

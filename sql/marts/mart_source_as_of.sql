-- grain: one row per landing source with curated data
-- primary_key: source
-- column source: Landing source: submissions, inspections or feedback.
-- column as_of_date: The source's latest landing date (export day) in the curated data (int_as_of_date): the date its figures are as of. The report's cover shows the latest over the sources and lists each source's own.
--
-- The date of the data, taken from the data and never from the clock, so that the same lake gives
-- the same warehouse and the same report bytes.
with

as_of as (

    select * from int_as_of_date

),

final as (

    select
        source,
        as_of_date

    from as_of

)

select * from final

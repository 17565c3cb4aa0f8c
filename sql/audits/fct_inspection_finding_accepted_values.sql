-- severity: error
-- description: fct_inspection_finding codes belong to the contract's enums
-- (schemas/inspection_finding.yaml); finding_code is an open enum and is not checked here. A
-- finding row has a finding code; an inspection without findings has none.
with

findings as (

    select * from fct_inspection_finding

),

final as (

    select
        inspection_id,
        finding_no,
        body,
        kind,
        severity,
        discipline,
        finding_code

    from findings
    where
        body not in ('THANH_TRA', 'NOI_VU', 'DAN_VAN', 'MTTQ')
        or kind not in ('DINH_KY', 'DOT_XUAT')
        or severity not in ('NHE', 'TRUNG_BINH', 'NGHIEM_TRONG')
        or discipline not in ('KHONG', 'NHAC_NHO', 'KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'BUOC_THOI_VIEC')
        or body is null
        or kind is null
        or (is_finding and finding_code is null)
        or (not is_finding and finding_code is not null)

)

select * from final
